// The national-union table (see national_unions.h). One row per union.
#include "ingest/names/national_unions.h"

namespace lkg::names {
namespace {

constexpr std::string_view kForms0[] = {"international brotherhood of teamsters", "brotherhood of teamsters", "teamsters"};
constexpr std::string_view kAbbrs0[] = {"ibt"};
constexpr std::string_view kWeak0[] = {""};
constexpr std::string_view kForms1[] = {"united food commercial workers international union", "united food commercial workers"};
constexpr std::string_view kAbbrs1[] = {"ufcw"};
constexpr std::string_view kWeak1[] = {""};
constexpr std::string_view kForms2[] = {"service employees international union", "service employees intl union", "service employees"};
constexpr std::string_view kAbbrs2[] = {"seiu", "1199seiu"};
constexpr std::string_view kWeak2[] = {""};
constexpr std::string_view kForms3[] = {"international union united automobile aerospace agricultural implement workers of america", "united automobile aerospace agricultural implement workers", "united automobile workers", "united auto workers", "auto workers"};
constexpr std::string_view kAbbrs3[] = {"uaw"};
constexpr std::string_view kWeak3[] = {""};
constexpr std::string_view kForms4[] = {"united steel paper forestry rubber manufacturing energy allied industrial service workers international union", "united steel paper forestry rubber", "united steel paper forestry rubber manufacturing energy allied industrial service workers", "united steelworkers of america", "united steelworkers", "united steel workers", "steelworkers"};
constexpr std::string_view kAbbrs4[] = {"usw", "uswa"};
constexpr std::string_view kWeak4[] = {"usa"};
constexpr std::string_view kForms5[] = {"international association of machinists aerospace workers", "international association of machinists", "machinists union", "machinists"};
constexpr std::string_view kAbbrs5[] = {"iam", "iamaw"};
constexpr std::string_view kWeak5[] = {""};
constexpr std::string_view kForms6[] = {"international brotherhood of electrical workers", "brotherhood of electrical workers"};
constexpr std::string_view kAbbrs6[] = {"ibew"};
constexpr std::string_view kWeak6[] = {""};
constexpr std::string_view kForms7[] = {"communications workers of america", "communication workers of america", "communications workers"};
constexpr std::string_view kAbbrs7[] = {"cwa"};
constexpr std::string_view kWeak7[] = {""};
constexpr std::string_view kForms8[] = {"american federation of state county municipal employees"};
constexpr std::string_view kAbbrs8[] = {"afscme"};
constexpr std::string_view kWeak8[] = {""};
constexpr std::string_view kForms9[] = {"american federation of teachers"};
constexpr std::string_view kAbbrs9[] = {"aft"};
constexpr std::string_view kWeak9[] = {""};
constexpr std::string_view kForms10[] = {"national education association"};
constexpr std::string_view kAbbrs10[] = {"nea"};
constexpr std::string_view kWeak10[] = {""};
constexpr std::string_view kForms11[] = {"unite here", "hotel employees restaurant employees international union", "hotel employees restaurant employees", "union of needletrades industrial textile employees"};
constexpr std::string_view kAbbrs11[] = {"unitehere", "hereiu"};
constexpr std::string_view kWeak11[] = {"here", "unite"};
constexpr std::string_view kForms12[] = {"international union of operating engineers", "operating engineers"};
constexpr std::string_view kAbbrs12[] = {"iuoe"};
constexpr std::string_view kWeak12[] = {""};
constexpr std::string_view kForms13[] = {"laborers international union of north america", "laborers international union", "laborers"};
constexpr std::string_view kAbbrs13[] = {"liuna"};
constexpr std::string_view kWeak13[] = {""};
constexpr std::string_view kForms14[] = {"united brotherhood of carpenters joiners of america", "united brotherhood of carpenters", "carpenters"};
constexpr std::string_view kAbbrs14[] = {"ubc", "cja", "ubcja", "ikorcc", "ncsrcc", "mrcc", "nerc", "swrcc", "carpenter"};
constexpr std::string_view kWeak14[] = {""};
constexpr std::string_view kForms15[] = {"international association of sheet metal air rail transportation workers", "sheet metal air rail transportation workers", "sheet metal workers international association", "sheet metal workers"};
constexpr std::string_view kAbbrs15[] = {"smart", "smw", "smwia"};
constexpr std::string_view kWeak15[] = {""};
constexpr std::string_view kForms16[] = {"international alliance of theatrical stage employees", "theatrical stage employees"};
constexpr std::string_view kAbbrs16[] = {"iatse"};
constexpr std::string_view kWeak16[] = {""};
constexpr std::string_view kForms17[] = {"office professional employees international union", "office professional employees"};
constexpr std::string_view kAbbrs17[] = {"opeiu"};
constexpr std::string_view kWeak17[] = {""};
constexpr std::string_view kForms18[] = {"national nurses united", "national nurses organizing committee"};
constexpr std::string_view kAbbrs18[] = {"nnu", "nnoc"};
constexpr std::string_view kWeak18[] = {""};
constexpr std::string_view kForms19[] = {"retail wholesale department store union"};
constexpr std::string_view kAbbrs19[] = {"rwdsu"};
constexpr std::string_view kWeak19[] = {""};
constexpr std::string_view kForms20[] = {"bakery confectionery tobacco workers grain millers international union", "bakery confectionery tobacco workers grain millers", "bakery confectionery tobacco workers"};
constexpr std::string_view kAbbrs20[] = {"bctgm", "btcgm", "bctw"};
constexpr std::string_view kWeak20[] = {""};
constexpr std::string_view kForms21[] = {"international union of painters allied trades", "painters allied trades", "painters district council"};
constexpr std::string_view kAbbrs21[] = {"iupat"};
constexpr std::string_view kWeak21[] = {"pat"};
constexpr std::string_view kForms22[] = {"international association of bridge structural ornamental reinforcing iron workers", "bridge structural ornamental reinforcing iron workers", "ironworkers", "iron workers"};
constexpr std::string_view kAbbrs22[] = {"bsoiw", "iabsoriw"};
constexpr std::string_view kWeak22[] = {"iw"};
constexpr std::string_view kForms23[] = {"united association of journeymen apprentices of the plumbing pipe fitting industry", "united association of plumbers pipefitters", "united association of journeymen", "steamfitters", "plumbers pipefitters", "plumbers", "pipefitters", "pipe fitters"};
constexpr std::string_view kAbbrs23[] = {"ppf"};
constexpr std::string_view kWeak23[] = {"ua"};
constexpr std::string_view kForms24[] = {"glass molders pottery plastics allied workers"};
constexpr std::string_view kAbbrs24[] = {"gmp"};
constexpr std::string_view kWeak24[] = {""};
constexpr std::string_view kForms25[] = {"international union of bricklayers allied craftworkers", "bricklayers allied craftworkers", "bricklayers"};
constexpr std::string_view kAbbrs25[] = {"bac"};
constexpr std::string_view kWeak25[] = {""};
constexpr std::string_view kForms26[] = {"international brotherhood of boilermakers", "boilermakers"};
constexpr std::string_view kAbbrs26[] = {"ibb", "bbf"};
constexpr std::string_view kWeak26[] = {""};
constexpr std::string_view kForms27[] = {"amalgamated transit union"};
constexpr std::string_view kAbbrs27[] = {"atu"};
constexpr std::string_view kWeak27[] = {""};
constexpr std::string_view kForms28[] = {"transport workers union of america", "transport workers union"};
constexpr std::string_view kAbbrs28[] = {"twu"};
constexpr std::string_view kWeak28[] = {""};
constexpr std::string_view kForms29[] = {"international longshoremens association", "longshoremens association"};
constexpr std::string_view kAbbrs29[] = {"ila"};
constexpr std::string_view kWeak29[] = {""};
constexpr std::string_view kForms30[] = {"international longshore warehouse union", "longshore warehouse union"};
constexpr std::string_view kAbbrs30[] = {"ilwu"};
constexpr std::string_view kWeak30[] = {""};
constexpr std::string_view kForms31[] = {"united mine workers of america", "united mine workers", "mine workers"};
constexpr std::string_view kAbbrs31[] = {"umwa", "umw"};
constexpr std::string_view kWeak31[] = {""};
constexpr std::string_view kForms32[] = {"american federation of musicians"};
constexpr std::string_view kAbbrs32[] = {"afm"};
constexpr std::string_view kWeak32[] = {""};
constexpr std::string_view kForms33[] = {"united electrical radio machine workers of america", "united electrical radio machine workers", "united electrical workers"};
constexpr std::string_view kAbbrs33[] = {""};
constexpr std::string_view kWeak33[] = {"ue"};
constexpr std::string_view kForms34[] = {"international union of electronic electrical salaried machine furniture workers", "international union of electronic"};
constexpr std::string_view kAbbrs34[] = {"iue"};
constexpr std::string_view kWeak34[] = {""};
constexpr std::string_view kForms35[] = {"national association of letter carriers", "letter carriers"};
constexpr std::string_view kAbbrs35[] = {"nalc"};
constexpr std::string_view kWeak35[] = {""};
constexpr std::string_view kForms36[] = {"american postal workers union", "postal workers union"};
constexpr std::string_view kAbbrs36[] = {"apwu"};
constexpr std::string_view kWeak36[] = {""};
constexpr std::string_view kForms37[] = {"american federation of government employees"};
constexpr std::string_view kAbbrs37[] = {"afge"};
constexpr std::string_view kWeak37[] = {""};
constexpr std::string_view kForms38[] = {"national association of broadcast employees technicians"};
constexpr std::string_view kAbbrs38[] = {"nabet"};
constexpr std::string_view kWeak38[] = {""};
constexpr std::string_view kForms39[] = {"newspaper guild", "newsguild", "news guild"};
constexpr std::string_view kAbbrs39[] = {"tng"};
constexpr std::string_view kWeak39[] = {""};
constexpr std::string_view kForms40[] = {"oil chemical atomic workers"};
constexpr std::string_view kAbbrs40[] = {"ocaw"};
constexpr std::string_view kWeak40[] = {""};
constexpr std::string_view kForms41[] = {"paper allied industrial chemical energy workers"};
constexpr std::string_view kAbbrs41[] = {""};
constexpr std::string_view kWeak41[] = {"pace"};
constexpr std::string_view kForms42[] = {"united paperworkers international union", "united paperworkers"};
constexpr std::string_view kAbbrs42[] = {"upiu"};
constexpr std::string_view kWeak42[] = {""};
constexpr std::string_view kForms43[] = {"amalgamated clothing textile workers union", "amalgamated clothing textile workers"};
constexpr std::string_view kAbbrs43[] = {"actwu"};
constexpr std::string_view kWeak43[] = {""};
constexpr std::string_view kForms44[] = {"united rubber cork linoleum plastic workers", "united rubber workers"};
constexpr std::string_view kAbbrs44[] = {"urw"};
constexpr std::string_view kWeak44[] = {""};
constexpr std::string_view kForms45[] = {"association of western pulp paper workers", "western pulp paper workers"};
constexpr std::string_view kAbbrs45[] = {"awppw", "wppw"};
constexpr std::string_view kWeak45[] = {""};
constexpr std::string_view kForms46[] = {"international chemical workers union", "international chemical workers"};
constexpr std::string_view kAbbrs46[] = {"icwu", "icw"};
constexpr std::string_view kWeak46[] = {""};
constexpr std::string_view kForms47[] = {"utility workers union of america", "utility workers union"};
constexpr std::string_view kAbbrs47[] = {"uwua", "uwu"};
constexpr std::string_view kWeak47[] = {""};
constexpr std::string_view kForms48[] = {"operative plasterers cement masons international association", "operative plasterers cement masons", "cement masons", "plasterers"};
constexpr std::string_view kAbbrs48[] = {"opcmia", "opcm"};
constexpr std::string_view kWeak48[] = {""};
constexpr std::string_view kForms49[] = {"heat frost insulators allied workers", "heat frost insulators", "asbestos workers"};
constexpr std::string_view kAbbrs49[] = {"hfia"};
constexpr std::string_view kWeak49[] = {""};
constexpr std::string_view kForms50[] = {"international union of elevator constructors", "elevator constructors"};
constexpr std::string_view kAbbrs50[] = {"iuec"};
constexpr std::string_view kWeak50[] = {""};
constexpr std::string_view kForms51[] = {"international federation of professional technical engineers"};
constexpr std::string_view kAbbrs51[] = {"ifpte"};
constexpr std::string_view kWeak51[] = {""};
constexpr std::string_view kForms52[] = {"association of flight attendants"};
constexpr std::string_view kAbbrs52[] = {"afacwa"};
constexpr std::string_view kWeak52[] = {"afa"};
constexpr std::string_view kForms53[] = {"air line pilots association", "airline pilots association"};
constexpr std::string_view kAbbrs53[] = {"alpa"};
constexpr std::string_view kWeak53[] = {""};
constexpr std::string_view kForms54[] = {"seafarers international union"};
constexpr std::string_view kAbbrs54[] = {"siu", "siuna"};
constexpr std::string_view kWeak54[] = {""};
constexpr std::string_view kForms55[] = {"screen actors guild american federation of television radio artists", "sag aftra", "screen actors guild", "american federation of television radio artists"};
constexpr std::string_view kAbbrs55[] = {"sagaftra", "aftra"};
constexpr std::string_view kWeak55[] = {""};
constexpr std::string_view kForms56[] = {"writers guild of america east", "writers guild of america west", "writers guild of america"};
constexpr std::string_view kAbbrs56[] = {"wgae", "wgaw"};
constexpr std::string_view kWeak56[] = {"wga"};
constexpr std::string_view kForms57[] = {"national union of healthcare workers"};
constexpr std::string_view kAbbrs57[] = {"nuhw"};
constexpr std::string_view kWeak57[] = {""};
constexpr std::string_view kForms58[] = {"new york state nurses association"};
constexpr std::string_view kAbbrs58[] = {"nysna"};
constexpr std::string_view kWeak58[] = {""};
constexpr std::string_view kForms59[] = {"california nurses association"};
constexpr std::string_view kAbbrs59[] = {""};
constexpr std::string_view kWeak59[] = {"cna"};
constexpr std::string_view kForms60[] = {"national union of hospital health care employees"};
constexpr std::string_view kAbbrs60[] = {"nuhhce"};
constexpr std::string_view kWeak60[] = {""};
constexpr std::string_view kForms61[] = {"security police fire professionals of america", "security police fire professionals"};
constexpr std::string_view kAbbrs61[] = {"spfpa"};
constexpr std::string_view kWeak61[] = {""};
constexpr std::string_view kForms62[] = {"american federation of labor congress of industrial organizations"};
constexpr std::string_view kAbbrs62[] = {"afl cio", "aflcio"};
constexpr std::string_view kWeak62[] = {""};

constexpr std::string_view kForms100[] = {"metal trades department", "metal trades council"};
constexpr std::string_view kAbbrs100[] = {"mtd"};
constexpr std::string_view kForms101[] = {"north americas building trades unions", "building construction trades department", "building construction trades council", "building trades council"};
constexpr std::string_view kAbbrs101[] = {"nabtu", "bctd"};
constexpr std::string_view kForms102[] = {"international organization of masters mates pilots", "masters mates pilots"};
constexpr std::string_view kAbbrs102[] = {"iommp", "mmp"};

constexpr std::string_view kForms200[] = {"graphic communications international union", "graphic communications conference"};
constexpr std::string_view kAbbrs200[] = {"gciu", "gcc"};
constexpr std::string_view kForms201[] = {"american federation of grain millers"};
constexpr std::string_view kAbbrs201[] = {"afgm"};
constexpr std::string_view kForms202[] = {"international molders allied workers", "molders allied workers"};
constexpr std::string_view kAbbrs202[] = {"imaw"};
constexpr std::string_view kForms203[] = {"united textile workers of america", "united textile workers"};
constexpr std::string_view kAbbrs203[] = {"utwa"};
constexpr std::string_view kForms204[] = {"american guild of musical artists"};
constexpr std::string_view kAbbrs204[] = {"agma"};
constexpr std::string_view kForms205[] = {"society of professional engineering employees in aerospace"};
constexpr std::string_view kAbbrs205[] = {"speea"};
constexpr std::string_view kForms206[] = {"national production workers union"};
constexpr std::string_view kAbbrs206[] = {"npw"};
constexpr std::string_view kForms207[] = {"united furniture workers of america", "united furniture workers"};
constexpr std::string_view kAbbrs207[] = {"ufwa"};
constexpr std::string_view kForms208[] = {"new england health care employees union"};
constexpr std::string_view kAbbrs208[] = {"nehceu", "nhhseu"};

constexpr std::string_view kForms300[] = {"workers united"};
constexpr std::string_view kForms301[] = {"international association of fire fighters", "international association of firefighters"};
constexpr std::string_view kAbbrs301[] = {"iaff"};
constexpr std::string_view kForms302[] = {"national association of government employees"};
constexpr std::string_view kAbbrs302[] = {"nage"};

const NationalUnion kTable[] = {
    {"WU", "Workers United", std::span<const std::string_view>(kForms300), {}, {}},
    {"IAFF", "International Association of Fire Fighters", std::span<const std::string_view>(kForms301), std::span<const std::string_view>(kAbbrs301), {}},
    {"NAGE", "National Association of Government Employees", std::span<const std::string_view>(kForms302), std::span<const std::string_view>(kAbbrs302), {}},
    {"GCIU", "Graphic Communications International Union", std::span<const std::string_view>(kForms200), std::span<const std::string_view>(kAbbrs200), {}},
    {"AFGM", "American Federation of Grain Millers", std::span<const std::string_view>(kForms201), std::span<const std::string_view>(kAbbrs201), {}},
    {"IMAW", "International Molders and Allied Workers Union", std::span<const std::string_view>(kForms202), std::span<const std::string_view>(kAbbrs202), {}},
    {"UTWA", "United Textile Workers of America", std::span<const std::string_view>(kForms203), std::span<const std::string_view>(kAbbrs203), {}},
    {"AGMA", "American Guild of Musical Artists", std::span<const std::string_view>(kForms204), std::span<const std::string_view>(kAbbrs204), {}},
    {"SPEEA", "Society of Professional Engineering Employees in Aerospace", std::span<const std::string_view>(kForms205), std::span<const std::string_view>(kAbbrs205), {}},
    {"NPW", "National Production Workers Union", std::span<const std::string_view>(kForms206), std::span<const std::string_view>(kAbbrs206), {}},
    {"UFWA", "United Furniture Workers of America", std::span<const std::string_view>(kForms207), std::span<const std::string_view>(kAbbrs207), {}},
    {"NEHCEU", "New England Health Care Employees Union, District 1199", std::span<const std::string_view>(kForms208), std::span<const std::string_view>(kAbbrs208), {}},
    {"MTD", "Metal Trades Department, AFL-CIO", std::span<const std::string_view>(kForms100), std::span<const std::string_view>(kAbbrs100), {}},
    {"NABTU", "North America's Building Trades Unions", std::span<const std::string_view>(kForms101), std::span<const std::string_view>(kAbbrs101), {}},
    {"IOMMP", "International Organization of Masters, Mates and Pilots", std::span<const std::string_view>(kForms102), std::span<const std::string_view>(kAbbrs102), {}},
    {"IBT", "International Brotherhood of Teamsters", std::span<const std::string_view>(kForms0), std::span<const std::string_view>(kAbbrs0), std::span<const std::string_view>(kWeak0, 0)},
    {"UFCW", "United Food and Commercial Workers International Union", std::span<const std::string_view>(kForms1), std::span<const std::string_view>(kAbbrs1), std::span<const std::string_view>(kWeak1, 0)},
    {"SEIU", "Service Employees International Union", std::span<const std::string_view>(kForms2), std::span<const std::string_view>(kAbbrs2), std::span<const std::string_view>(kWeak2, 0)},
    {"UAW", "United Auto Workers", std::span<const std::string_view>(kForms3), std::span<const std::string_view>(kAbbrs3), std::span<const std::string_view>(kWeak3, 0)},
    {"USW", "United Steelworkers", std::span<const std::string_view>(kForms4), std::span<const std::string_view>(kAbbrs4), std::span<const std::string_view>(kWeak4)},
    {"IAM", "International Association of Machinists and Aerospace Workers", std::span<const std::string_view>(kForms5), std::span<const std::string_view>(kAbbrs5), std::span<const std::string_view>(kWeak5, 0)},
    {"IBEW", "International Brotherhood of Electrical Workers", std::span<const std::string_view>(kForms6), std::span<const std::string_view>(kAbbrs6), std::span<const std::string_view>(kWeak6, 0)},
    {"CWA", "Communications Workers of America", std::span<const std::string_view>(kForms7), std::span<const std::string_view>(kAbbrs7), std::span<const std::string_view>(kWeak7, 0)},
    {"AFSCME", "American Federation of State, County and Municipal Employees", std::span<const std::string_view>(kForms8), std::span<const std::string_view>(kAbbrs8), std::span<const std::string_view>(kWeak8, 0)},
    {"AFT", "American Federation of Teachers", std::span<const std::string_view>(kForms9), std::span<const std::string_view>(kAbbrs9), std::span<const std::string_view>(kWeak9, 0)},
    {"NEA", "National Education Association", std::span<const std::string_view>(kForms10), std::span<const std::string_view>(kAbbrs10), std::span<const std::string_view>(kWeak10, 0)},
    {"UNITE HERE", "UNITE HERE", std::span<const std::string_view>(kForms11), std::span<const std::string_view>(kAbbrs11), std::span<const std::string_view>(kWeak11)},
    {"IUOE", "International Union of Operating Engineers", std::span<const std::string_view>(kForms12), std::span<const std::string_view>(kAbbrs12), std::span<const std::string_view>(kWeak12, 0)},
    {"LIUNA", "Laborers' International Union of North America", std::span<const std::string_view>(kForms13), std::span<const std::string_view>(kAbbrs13), std::span<const std::string_view>(kWeak13, 0)},
    {"UBC", "United Brotherhood of Carpenters and Joiners of America", std::span<const std::string_view>(kForms14), std::span<const std::string_view>(kAbbrs14), std::span<const std::string_view>(kWeak14, 0)},
    {"SMART", "International Association of Sheet Metal, Air, Rail and Transportation Workers", std::span<const std::string_view>(kForms15), std::span<const std::string_view>(kAbbrs15), std::span<const std::string_view>(kWeak15, 0)},
    {"IATSE", "International Alliance of Theatrical Stage Employees", std::span<const std::string_view>(kForms16), std::span<const std::string_view>(kAbbrs16), std::span<const std::string_view>(kWeak16, 0)},
    {"OPEIU", "Office and Professional Employees International Union", std::span<const std::string_view>(kForms17), std::span<const std::string_view>(kAbbrs17), std::span<const std::string_view>(kWeak17, 0)},
    {"NNU", "National Nurses United", std::span<const std::string_view>(kForms18), std::span<const std::string_view>(kAbbrs18), std::span<const std::string_view>(kWeak18, 0)},
    {"RWDSU", "Retail, Wholesale and Department Store Union", std::span<const std::string_view>(kForms19), std::span<const std::string_view>(kAbbrs19), std::span<const std::string_view>(kWeak19, 0)},
    {"BCTGM", "Bakery, Confectionery, Tobacco Workers and Grain Millers International Union", std::span<const std::string_view>(kForms20), std::span<const std::string_view>(kAbbrs20), std::span<const std::string_view>(kWeak20, 0)},
    {"IUPAT", "International Union of Painters and Allied Trades", std::span<const std::string_view>(kForms21), std::span<const std::string_view>(kAbbrs21), std::span<const std::string_view>(kWeak21)},
    {"IW", "International Association of Bridge, Structural, Ornamental and Reinforcing Iron Workers", std::span<const std::string_view>(kForms22), std::span<const std::string_view>(kAbbrs22), std::span<const std::string_view>(kWeak22)},
    {"UA", "United Association of Plumbers and Pipefitters", std::span<const std::string_view>(kForms23), std::span<const std::string_view>(kAbbrs23), std::span<const std::string_view>(kWeak23)},
    {"GMP", "Glass, Molders, Pottery, Plastics and Allied Workers International Union", std::span<const std::string_view>(kForms24), std::span<const std::string_view>(kAbbrs24), std::span<const std::string_view>(kWeak24, 0)},
    {"BAC", "International Union of Bricklayers and Allied Craftworkers", std::span<const std::string_view>(kForms25), std::span<const std::string_view>(kAbbrs25), std::span<const std::string_view>(kWeak25, 0)},
    {"IBB", "International Brotherhood of Boilermakers", std::span<const std::string_view>(kForms26), std::span<const std::string_view>(kAbbrs26), std::span<const std::string_view>(kWeak26, 0)},
    {"ATU", "Amalgamated Transit Union", std::span<const std::string_view>(kForms27), std::span<const std::string_view>(kAbbrs27), std::span<const std::string_view>(kWeak27, 0)},
    {"TWU", "Transport Workers Union of America", std::span<const std::string_view>(kForms28), std::span<const std::string_view>(kAbbrs28), std::span<const std::string_view>(kWeak28, 0)},
    {"ILA", "International Longshoremen's Association", std::span<const std::string_view>(kForms29), std::span<const std::string_view>(kAbbrs29), std::span<const std::string_view>(kWeak29, 0)},
    {"ILWU", "International Longshore and Warehouse Union", std::span<const std::string_view>(kForms30), std::span<const std::string_view>(kAbbrs30), std::span<const std::string_view>(kWeak30, 0)},
    {"UMWA", "United Mine Workers of America", std::span<const std::string_view>(kForms31), std::span<const std::string_view>(kAbbrs31), std::span<const std::string_view>(kWeak31, 0)},
    {"AFM", "American Federation of Musicians", std::span<const std::string_view>(kForms32), std::span<const std::string_view>(kAbbrs32), std::span<const std::string_view>(kWeak32, 0)},
    {"UE", "United Electrical, Radio and Machine Workers of America", std::span<const std::string_view>(kForms33), std::span<const std::string_view>(kAbbrs33, 0), std::span<const std::string_view>(kWeak33)},
    {"IUE", "IUE-CWA, the Industrial Division of the Communications Workers of America", std::span<const std::string_view>(kForms34), std::span<const std::string_view>(kAbbrs34), std::span<const std::string_view>(kWeak34, 0)},
    {"NALC", "National Association of Letter Carriers", std::span<const std::string_view>(kForms35), std::span<const std::string_view>(kAbbrs35), std::span<const std::string_view>(kWeak35, 0)},
    {"APWU", "American Postal Workers Union", std::span<const std::string_view>(kForms36), std::span<const std::string_view>(kAbbrs36), std::span<const std::string_view>(kWeak36, 0)},
    {"AFGE", "American Federation of Government Employees", std::span<const std::string_view>(kForms37), std::span<const std::string_view>(kAbbrs37), std::span<const std::string_view>(kWeak37, 0)},
    {"NABET", "National Association of Broadcast Employees and Technicians", std::span<const std::string_view>(kForms38), std::span<const std::string_view>(kAbbrs38), std::span<const std::string_view>(kWeak38, 0)},
    {"TNG", "The NewsGuild", std::span<const std::string_view>(kForms39), std::span<const std::string_view>(kAbbrs39), std::span<const std::string_view>(kWeak39, 0)},
    {"OCAW", "Oil, Chemical and Atomic Workers International Union", std::span<const std::string_view>(kForms40), std::span<const std::string_view>(kAbbrs40), std::span<const std::string_view>(kWeak40, 0)},
    {"PACE", "Paper, Allied-Industrial, Chemical and Energy Workers International Union", std::span<const std::string_view>(kForms41), std::span<const std::string_view>(kAbbrs41, 0), std::span<const std::string_view>(kWeak41)},
    {"UPIU", "United Paperworkers International Union", std::span<const std::string_view>(kForms42), std::span<const std::string_view>(kAbbrs42), std::span<const std::string_view>(kWeak42, 0)},
    {"ACTWU", "Amalgamated Clothing and Textile Workers Union", std::span<const std::string_view>(kForms43), std::span<const std::string_view>(kAbbrs43), std::span<const std::string_view>(kWeak43, 0)},
    {"URW", "United Rubber Workers", std::span<const std::string_view>(kForms44), std::span<const std::string_view>(kAbbrs44), std::span<const std::string_view>(kWeak44, 0)},
    {"AWPPW", "Association of Western Pulp and Paper Workers", std::span<const std::string_view>(kForms45), std::span<const std::string_view>(kAbbrs45), std::span<const std::string_view>(kWeak45, 0)},
    {"ICWU", "International Chemical Workers Union Council", std::span<const std::string_view>(kForms46), std::span<const std::string_view>(kAbbrs46), std::span<const std::string_view>(kWeak46, 0)},
    {"UWUA", "Utility Workers Union of America", std::span<const std::string_view>(kForms47), std::span<const std::string_view>(kAbbrs47), std::span<const std::string_view>(kWeak47, 0)},
    {"OPCMIA", "Operative Plasterers' and Cement Masons' International Association", std::span<const std::string_view>(kForms48), std::span<const std::string_view>(kAbbrs48), std::span<const std::string_view>(kWeak48, 0)},
    {"HFIA", "International Association of Heat and Frost Insulators and Allied Workers", std::span<const std::string_view>(kForms49), std::span<const std::string_view>(kAbbrs49), std::span<const std::string_view>(kWeak49, 0)},
    {"IUEC", "International Union of Elevator Constructors", std::span<const std::string_view>(kForms50), std::span<const std::string_view>(kAbbrs50), std::span<const std::string_view>(kWeak50, 0)},
    {"IFPTE", "International Federation of Professional and Technical Engineers", std::span<const std::string_view>(kForms51), std::span<const std::string_view>(kAbbrs51), std::span<const std::string_view>(kWeak51, 0)},
    {"AFA", "Association of Flight Attendants", std::span<const std::string_view>(kForms52), std::span<const std::string_view>(kAbbrs52), std::span<const std::string_view>(kWeak52)},
    {"ALPA", "Air Line Pilots Association", std::span<const std::string_view>(kForms53), std::span<const std::string_view>(kAbbrs53), std::span<const std::string_view>(kWeak53, 0)},
    {"SIU", "Seafarers International Union", std::span<const std::string_view>(kForms54), std::span<const std::string_view>(kAbbrs54), std::span<const std::string_view>(kWeak54, 0)},
    {"SAG-AFTRA", "SAG-AFTRA", std::span<const std::string_view>(kForms55), std::span<const std::string_view>(kAbbrs55), std::span<const std::string_view>(kWeak55, 0)},
    {"WGA", "Writers Guild of America", std::span<const std::string_view>(kForms56), std::span<const std::string_view>(kAbbrs56), std::span<const std::string_view>(kWeak56)},
    {"NUHW", "National Union of Healthcare Workers", std::span<const std::string_view>(kForms57), std::span<const std::string_view>(kAbbrs57), std::span<const std::string_view>(kWeak57, 0)},
    {"NYSNA", "New York State Nurses Association", std::span<const std::string_view>(kForms58), std::span<const std::string_view>(kAbbrs58), std::span<const std::string_view>(kWeak58, 0)},
    {"CNA", "California Nurses Association", std::span<const std::string_view>(kForms59), std::span<const std::string_view>(kAbbrs59, 0), std::span<const std::string_view>(kWeak59)},
    {"NUHHCE", "National Union of Hospital and Health Care Employees", std::span<const std::string_view>(kForms60), std::span<const std::string_view>(kAbbrs60), std::span<const std::string_view>(kWeak60, 0)},
    {"SPFPA", "International Union, Security, Police and Fire Professionals of America", std::span<const std::string_view>(kForms61), std::span<const std::string_view>(kAbbrs61), std::span<const std::string_view>(kWeak61, 0)},
    {"AFL-CIO", "American Federation of Labor and Congress of Industrial Organizations", std::span<const std::string_view>(kForms62), std::span<const std::string_view>(kAbbrs62), std::span<const std::string_view>(kWeak62, 0)},
};

}  // namespace

std::span<const NationalUnion> NationalUnions() { return kTable; }

const NationalUnion* FindNationalUnion(std::string_view abbr) {
  for (const auto& u : kTable) {
    if (u.abbr == abbr) return &u;
  }
  return nullptr;
}

}  // namespace lkg::names
