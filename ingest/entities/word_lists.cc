#include "ingest/entities/word_lists.h"

#include <string>
#include <unordered_set>

namespace lkg::ingest::words {
namespace {

using Set = std::unordered_set<std::string_view>;

bool In(const Set& s, std::string_view w) { return s.count(w) > 0; }

}  // namespace

bool IsConnector(std::string_view w) {
  static const Set s = {"of", "and", "for", "de", "del", "della", "des", "du", "la", "le", "di", "da", "do",
                        "dos", "das", "van", "von", "der", "den", "y", "e", "et", "on", "in", "at", "the", "al", "el",
                        "bin", "ibn", "zu", "dei", "degli", "delle", "ve"};
  return In(s, w);
}

bool IsSentenceOpener(std::string_view w) {
  static const Set s = {
      "", "a", "an", "in", "on", "at", "for", "but", "and", "or", "as", "after", "before", "during", "since",
      "when", "while", "if", "although", "though", "because", "with", "without", "by", "from", "to", "of",
      "this", "that", "these", "those", "there", "here", "it", "its", "he", "she", "they", "we", "i", "you",
      "his", "her", "their", "our", "my", "your", "all", "some", "many", "most", "more", "other", "another",
      "each", "every", "both", "several", "such", "no", "not", "one", "two", "three", "four", "five", "over",
      "under", "about", "also", "however", "meanwhile", "yet", "so", "then", "now", "today", "yesterday",
      "recently", "last", "next", "according", "despite", "following", "amid", "among", "between", "through",
      "what", "who", "which", "where", "why", "how", "than", "until", "unless", "whether", "around", "into",
      "earlier", "later", "once", "again", "still", "even", "only", "just", "nearly", "almost", "around",
      "thousands", "hundreds", "dozens", "workers", "unions", "union", "trade", "members", "police", "protesters",
      "employees", "staff", "officials", "management", "local", "national", "international", "global",
      "new", "former", "current", "further", "against", "within", "across", "along", "upon", "toward",
      "towards", "instead", "overall", "additionally", "furthermore", "moreover", "indeed", "finally",
      "first", "second", "third", "together", "neither", "either", "unlike", "like", "whether", "whilst", "protests", "strikes", "striking", "speaking", "photo",
      "read", "join", "see", "click", "please", "update", "breaking", "profile", "statement", "solidarity"};
  return In(s, w);
}

bool IsGeneric(std::string_view w) {
  static const Set s = {
      "union", "unions", "trade", "trades", "labour", "labor", "court", "courts", "government", "ministry",
      "company", "companies", "federation", "federations", "confederation", "congress", "parliament",
      "president", "police", "committee", "council", "workers", "worker", "state", "republic", "national",
      "international", "global", "general", "secretary", "regional", "local", "office", "department",
      "agency", "board", "commission", "party", "group", "central", "affiliate", "affiliates", "members",
      "member", "day", "days", "action", "week", "news", "report", "campaign", "code", "law", "act",
      "minister", "chairman", "leader", "director", "association", "organization", "organisation", "world",
      "conference", "congress", "meeting", "forum", "summit", "convention", "conventions", "article",
      "articles", "section", "chapter", "page", "decree", "resolution", "program", "programme", "project",
      "film", "films", "festival", "magazine", "east", "west", "north", "south", "asia", "europe", "africa",
      "america", "americas", "region", "cis", "transition", "just", "central", "mr", "ms", "mrs", "dr",
      "chief", "executive", "vice", "deputy", "head", "senior", "junior", "ceo", "organizing", "organising",
      "social", "dialogue", "freedom", "association", "rights", "human", "right", "justice", "employment",
      "industrial", "relations", "collective", "agreement", "bargaining", "strike", "strikes", "sector"};
  return In(s, w);
}

bool IsUnionHead(std::string_view w) {
  static const Set s = {"union", "unions", "sindicato", "sindicatos", "syndicat", "syndicats", "sendikasi",
                        "sendika", "gewerkschaft", "brotherhood", "guild", "profsoyuz", "sindikat",
                        "syndicate", "syndicates", "teamsters", "steelworkers", "sindacato", "vakbond",
                        "fackforbund", "zwiazek", "odbory", "sindicat"};
  return In(s, w);
}

bool IsBodyHead(std::string_view w) {
  static const Set s = {"federation", "confederation", "congress", "council", "association", "alliance", "coalition",
                        "centre", "center", "central", "league", "front", "organisation", "organization",
                        "movement", "committee", "network", "assembly", "international", "solidarity",
                        "centrale", "confederacion", "confederacao", "federacion", "federacao",
                        "confederazione", "federazione", "konfederasyonu", "konfederatsiya", "federatsiya"};
  return In(s, w);
}

bool IsWorkerWord(std::string_view w) {
  static const Set s = {
      "workers", "worker", "employees", "employee", "labour", "labor", "trade", "trades", "unions", "union",
      "teachers", "nurses", "miners", "metalworkers", "mineworkers", "seafarers", "dockers", "dockworkers",
      "journalists", "drivers", "professionals", "servants", "pilots", "engineers", "farmworkers",
      "electricians", "machinists", "carpenters", "autoworkers", "steelworkers", "textile", "garment",
      "transport", "mining", "metal", "metallurgical", "chemical", "energy", "construction", "building",
      "wood", "food", "agricultural", "hotel", "plantation", "railway", "railwaymen", "postal",
      "educators", "academic", "staff", "employees",
      "trabajadores", "trabalhadores", "travailleurs", "arbeiter", "obreros", "isci", "iscileri", "workmen",
      "working", "port", "maritime", "communications", "aviation", "airline", "banking", "clerical",
      "retail", "commercial", "shop", "petroleum", "electricity", "informal", "domestic",
      "musicians", "actors", "writers", "artists", "firefighters", "police", "officers", "physicians", "doctors"};
  return In(s, w);
}

bool IsEmployerWord(std::string_view w) {
  static const Set s = {"employers", "employer", "industries", "industry", "manufacturers", "business",
                        "businesses", "commerce", "chamber", "exporters", "enterprises", "entrepreneurs",
                        "companies", "producers", "owners", "investors", "bankers", "industrialists",
                        "football", "sports", "olympic", "medical", "bar", "students", "student", "press",
                        "journalism", "tennis", "cricket", "automobile", "farmers"};
  return In(s, w);
}

bool IsCompanyHead(std::string_view w) {
  static const Set s = {
      "company", "corporation", "corp", "inc", "ltd", "llc", "plc", "group", "holding", "holdings",
      "industries", "motors", "motor", "electronics", "airlines", "airways", "steel", "mining", "mines",
      "mine", "metals", "petroleum", "oil", "energy", "telecom", "telecommunications", "pharmaceuticals",
      "pharma", "foods", "textiles", "garments", "apparel", "manufacturing", "combine", "plant", "factory",
      "mill", "mills", "works", "shipyard", "shipyards", "shipbuilding", "refinery", "smelter", "logistics",
      "automotive", "chemicals", "cement", "technologies", "technology", "enterprises", "enterprise",
      "shipping", "lines", "railways", "railroad", "stores", "supermarkets", "markets", "brewery", "breweries",
      "bottling", "aluminium", "aluminum", "copper", "gold", "coal", "park", "resources", "minerals",
      "power", "electric", "auto", "cars", "tyres", "tires", "hotels", "resorts", "casino", "motor",
      "media", "entertainment", "studios", "pictures", "foods", "beverages", "tobacco", "plantations",
      "estate", "estates", "hospital", "hospitals", "clinic"};
  return In(s, w);
}

bool IsOrgHead(std::string_view w) {
  static const Set s = {
      "court", "tribunal", "ministry", "department", "agency", "bureau", "office", "commission", "committee",
      "council", "parliament", "assembly", "senate", "party", "embassy", "consulate", "police", "army",
      "guard", "authority", "administration", "service", "services", "organisation", "organization",
      "foundation", "institute", "university", "college", "school", "centre", "center", "network",
      "campaign", "initiative", "coalition", "consortium", "watch", "board", "inspectorate", "prosecutor",
      "procuracy", "prosecution", "kgb", "times", "post", "news", "radio", "television", "tv", "broadcasting",
      "press", "herald", "journal", "daily", "tribune", "gazette", "magazine", "bank", "fund", "forum",
      "association", "society", "church", "federation", "confederation", "chamber", "government",
      "secretariat", "directorate", "inspection", "ombudsman", "commissioner", "mission", "programme",
      "program", "project", "monitor", "observatory", "trust", "alliance", "league", "movement", "academy",
      "cabinet", "presidency", "senate", "duma", "congress", "militia", "forces", "gendarmerie", "intelligence",
      "security", "customs", "guardian", "telegraph", "independent", "observer", "reuters", "bbc"};
  return In(s, w);
}

bool IsCompanyCue(std::string_view w) {
  static const Set s = {"company", "firm", "employer", "retailer", "manufacturer", "carmaker", "automaker",
                        "operator", "giant", "producer", "maker", "supplier", "contractor", "subsidiary",
                        "chain", "brand", "multinational", "conglomerate", "corporation", "miner",
                        "airline", "carrier", "bank", "subcontractor", "owner", "shipper", "exporter",
                        "distributor", "provider", "plant", "factory", "mine", "outsourcer", "startup"};
  return In(s, w);
}

bool IsCompanyAfter(std::string_view w) {
  static const Set s = {"workers", "employees", "management", "plant", "plants", "factory", "factories",
                        "mine", "store", "stores", "warehouse", "warehouses", "shareholders", "executives",
                        "bosses", "subsidiary", "subsidiaries", "headquarters", "ceo", "spokesperson",
                        "spokesman", "spokeswoman", "shares", "drivers", "staff", "facility", "facilities",
                        "outlets", "branches", "site", "sites", "mill", "refinery", "smelter", "shipyard"};
  return In(s, w);
}

bool IsPersonTitle(std::string_view w) {
  static const Set s = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "president", "minister", "senator",
                        "judge", "governor", "mayor", "prof", "professor", "comrade", "brother", "sister",
                        "chairman", "chairwoman", "secretary", "general", "premier", "chancellor",
                        "representative", "rep", "sen", "gov", "lord", "lady", "king", "queen", "prince",
                        "sheikh", "father", "rev", "reverend", "justice", "attorney", "ambassador", "deputy",
                        "mp", "congressman", "congresswoman", "councillor", "councilor", "commissioner", "detective",
                        "superintendent", "inspector", "sergeant", "constable", "captain", "colonel", "lieutenant",
                        "admiral", "bishop", "archbishop", "pope", "chief", "spokesman", "spokeswoman", "ceo",
                        "chairperson", "director", "secretary-general", "deputy"};
  return In(s, w);
}

bool IsPersonCueBefore(std::string_view w) {
  static const Set s = {"leader", "leaders", "activist", "activists", "unionist", "unionists", "lawyer",
                        "journalist", "chairman", "chairwoman", "chairperson", "chair", "president",
                        "secretary", "organizer", "organiser", "spokesperson", "spokesman", "spokeswoman",
                        "director", "officer", "steward", "official", "member", "worker", "workers",
                        "colleague", "colleagues", "representative", "coordinator", "head", "founder",
                        "economist", "analyst", "professor", "researcher", "advocate", "minister", "ceo",
                        "executive", "manager", "trainer", "dr", "mr", "mrs", "ms", "treasurer", "deputy",
                        "judge", "prosecutor", "commissioner", "governor", "mayor", "senator", "candidate",
                        "comrade", "brother", "sister", "wife", "husband", "son", "daughter", "mother", "father"};
  return In(s, w);
}

bool IsSpeechVerb(std::string_view w) {
  static const Set s = {"said", "says", "told", "added", "explained", "stated", "noted", "argued", "warned",
                        "stressed", "commented", "declared", "insisted", "claimed", "asked", "urged", "wrote",
                        "according", "announced", "emphasised", "emphasized", "underlined", "believes",
                        "recalled", "replied", "responded", "remarked", "continued", "concluded"};
  return In(s, w);
}

bool IsNotName(std::string_view w) {
  static const Set s = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "i", "he", "she", "we", "they", "it", "you", "god", "internet", "covid", "covid-19", "coronavirus",
      "christmas", "easter", "ramadan", "eid", "english", "french", "spanish", "russian", "arabic",
      "islam", "muslim", "christian", "catholic", "mp", "ceo", "cfo", "gdp", "pdf", "dvd", "usd", "eur",
      "am", "pm", "tv", "ok", "faq", "q", "a", "read", "more", "click", "here", "photo", "video", "share",
      "communist", "socialist", "democrat", "republican", "metal", "world", "cis", "pay", "wage", "wages",
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred", "thousand",
      "million", "billion", "live", "new", "old", "year", "years", "olympics", "underground", "partners"};
  return In(s, w);
}

bool IsWorkerNoun(std::string_view w) {
  static const Set s = {"workers", "worker", "employees", "teachers", "nurses", "miners", "metalworkers",
                        "mineworkers", "seafarers", "dockers", "dockworkers", "journalists", "drivers", "pilots",
                        "engineers", "farmworkers", "electricians", "machinists", "carpenters", "autoworkers",
                        "steelworkers", "educators", "professionals", "physicians", "doctors", "firefighters",
                        "musicians", "actors", "writers", "artists", "officers", "railwaymen", "workmen", "staff"};
  return In(s, w);
}

bool IsPlaceWord(std::string_view w) {
  static const Set s = {"square", "street", "avenue", "road", "bridge", "station", "city", "province", "county",
                        "island", "islands", "river", "mountain", "mountains", "valley", "district", "region",
                        "hall", "boulevard", "highway", "lake", "sea", "ocean", "bay", "coast", "peninsula",
                        "village", "town", "beach", "gate", "plaza", "tower", "palace", "stadium", "area", "state", "states",
                        "territory", "capital", "metro", "heights", "park", "terminal", "airport"};
  return In(s, w);
}

bool IsNameParticle(std::string_view w) {
  static const Set s = {"da", "de", "del", "della", "di", "do", "dos", "das", "van", "von", "der", "den", "bin",
                        "ibn", "al", "el", "la", "le", "y", "e", "zu", "ter", "ten", "du", "st"};
  return In(s, w);
}

bool IsEventWord(std::string_view w) {
  static const Set s = {"film", "films", "shorts", "festival", "award", "awards", "prize", "dvd", "website",
                        "webpage", "magazine", "newsletter", "report", "days", "week", "day", "conference",
                        "summit", "games", "cup", "championship", "convention", "conventions", "declaration",
                        "strategy", "agenda", "plan", "guidelines", "principles", "goals", "index",
                        "survey", "study", "seminar", "workshop", "course", "school", "training"};
  return In(s, w);
}

bool IsSubpartWord(std::string_view w) {
  static const Set s = {"office", "offices", "regional", "campaign", "congress", "world", "website", "webpage",
                        "secretariat", "headquarters", "executive", "committee", "board", "conference", "youth",
                        "women", "women's", "womens", "project", "team", "delegation", "mission", "sector",
                        "network", "council", "leadership", "president", "general", "secretary", "affiliates",
                        "members", "moscow", "geneva", "brussels", "local", "locals", "branch", "chapter"};
  return In(s, w);
}

}  // namespace lkg::ingest::words
