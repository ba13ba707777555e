// Case trigger patterns beyond the single words: killings, attacks, strike
// bans, refusals to bargain, and the look-alikes that are no such case.
#include <doctest/doctest.h>

#include "tests/ingest/extract_helpers.h"

using namespace lkg::ingest::testing;

TEST_CASE("cases: killings are death, not also violence") {
  DocumentFacts a = Extract("Unionist Carlos Mendez of the Banana Workers Union was gunned down in Colombia.");
  CHECK(CaseInvolves(a, "death", "Carlos Mendez"));
  DocumentFacts b = Extract("Unionist Carlos Mendez of the Banana Workers Union was beaten to death in Colombia.");
  CHECK(CaseInvolves(b, "death", "Carlos Mendez"));
  CHECK(Cases(b, "violence").empty());
}

TEST_CASE("cases: shootings and attacks are violence") {
  DocumentFacts a = Extract("Unionist Carlos Mendez of the Banana Workers Union was shot by gunmen in Colombia.");
  CHECK(CaseInvolves(a, "violence", "Carlos Mendez"));
  CHECK(Cases(a, "death").empty());
  DocumentFacts b = Extract("Carlos Mendez of the Banana Workers Union was hospitalised after the attack in Colombia.");
  CHECK(CaseInvolves(b, "violence", "Carlos Mendez"));
}

TEST_CASE("cases: killing with others injured gives both death and violence") {
  DocumentFacts f = Extract("Police killed two members of the Banana Workers Union and injured ten in Colombia.");
  CHECK(CaseInvolves(f, "death", "Banana Workers Union"));
  CHECK(CaseInvolves(f, "violence", "Banana Workers Union"));
}

TEST_CASE("cases: strike declared illegal is a strike ban") {
  DocumentFacts a = Extract("The government declared illegal the strike of the Oil Workers Union in Kuwait.");
  CHECK(CaseInvolves(a, "strike_ban", "Oil Workers Union"));
  DocumentFacts b = Extract("The Labour Court declared the strike of the Oil Workers Union unlawful in Kuwait.");
  CHECK(CaseInvolves(b, "strike_ban", "Oil Workers Union"));
}

TEST_CASE("cases: back-to-work orders ban the strike") {
  DocumentFacts g = Extract("The government issued a back-to-work order against the Oil Workers Union in Kuwait.");
  CHECK(CaseInvolves(g, "strike_ban", "Oil Workers Union"));
}

TEST_CASE("cases: refused, failed or declined to negotiate/bargain/meet") {
  CHECK(CaseInvolves(Extract("Globex Holdings failed to bargain with the Dock Workers Union in Chile."),
                     "refusal_to_bargain", "Dock Workers Union"));
  CHECK(CaseInvolves(Extract("Globex Holdings declined to meet the Dock Workers Union in Chile."),
                     "refusal_to_bargain", "Dock Workers Union"));
  CHECK(CaseInvolves(Extract("Globex Holdings broke off negotiations with the Dock Workers Union in Chile."),
                     "refusal_to_bargain", "Dock Workers Union"));
}

TEST_CASE("cases: a refusal to do something else is no refusal to bargain") {
  CHECK(Cases(Extract("Globex Holdings refused to comment on the Dock Workers Union claims in Chile."),
              "refusal_to_bargain")
            .empty());
}

TEST_CASE("cases: 'fired' a weapon is no dismissal; 'fired' workers is") {
  DocumentFacts a = Extract("Police fired tear gas at strikers of the Dock Workers Union in Chile.");
  CHECK(Cases(a, "dismissal").empty());
  CHECK(CaseInvolves(a, "violence", "Dock Workers Union"));
  DocumentFacts b = Extract("Globex Holdings fired Maria Gomez after she joined the Dock Workers Union.");
  CHECK(CaseInvolves(b, "dismissal", "Maria Gomez"));
}

TEST_CASE("cases: threats are other") {
  DocumentFacts f = Extract("Managers were threatening members of the Dock Workers Union in Chile.");
  CHECK(CaseInvolves(f, "other", "Dock Workers Union"));
}

TEST_CASE("cases: a union threatening to strike is no case") {
  CHECK(Cases(Extract("The Dock Workers Union threatened to strike at Globex Holdings in Chile.")).empty());
  CHECK(Cases(Extract("Globex Holdings was threatened with bankruptcy in talks with its workers in Chile."), "other")
            .empty());
}

TEST_CASE("cases: bargaining in bad faith is a refusal to bargain") {
  CHECK(CaseInvolves(Extract("The Dock Workers Union said Globex Holdings bargained in bad faith in Chile."),
                     "refusal_to_bargain", "Dock Workers Union"));
  CHECK(Cases(Extract("The Dock Workers Union acted in bad faith, said Globex Holdings in Chile."),
              "refusal_to_bargain")
            .empty());
}

TEST_CASE("cases: locking someone up is detention") {
  CHECK(CaseInvolves(Extract("Managers locked up Maria Gomez of the Dock Workers Union for a night in Chile."),
                     "detention", "Maria Gomez"));
}

TEST_CASE("cases: ordered back to work is a strike ban") {
  CHECK(CaseInvolves(Extract("The provincial government ordered the Transit Workers Union back to work in Canada."),
                     "strike_ban", "Transit Workers Union"));
}

TEST_CASE("cases: attacks on rights are no violence; attacks on strikers are") {
  CHECK(Cases(Extract("The Transit Workers Union condemned attacks on workers' rights in Canada."), "violence")
            .empty());
  CHECK(CaseInvolves(Extract("Guards led an attack on strikers of the Transit Workers Union in Canada."), "violence",
                     "Transit Workers Union"));
}

TEST_CASE("cases: a labour law being amended is legislation") {
  CHECK(CaseInvolves(Extract("The Transit Workers Union warned that labour legislation is being amended in Ukraine."),
                     "legislation", "Ukraine"));
}

TEST_CASE("cases: look-alikes that name no violation") {
  CHECK(Cases(Extract("Globex Holdings failed to meet the deadline set by the Dock Workers Union in Chile."),
              "refusal_to_bargain")
            .empty());
  CHECK(Cases(Extract("Two members of the Dock Workers Union were injured in an explosion at the port in Chile."),
              "violence")
            .empty());
  CHECK(Cases(Extract("Maria Gomez of the Dock Workers Union died of cancer in Chile."), "death").empty());
  CHECK(Cases(Extract("Maria Gomez of the Dock Workers Union died of a cardiac arrest after the protest in Chile."),
              "arrest")
            .empty());
}

TEST_CASE("cases: a person 'reported killed' is the victim, not a speaker") {
  DocumentFacts f = Extract("A union official, Jacques Bino, has been reported killed by armed youths in Guadeloupe.");
  CHECK(CaseInvolves(f, "death", "Jacques Bino"));
  DocumentFacts g = Extract("Jacques Bino said two strikers of the Dock Workers Union were killed in Guadeloupe.");
  CHECK_FALSE(CaseInvolves(g, "death", "Jacques Bino"));
}

TEST_CASE("cases: unfair labor practices and threats to jobs are 'other'") {
  CHECK(CaseInvolves(Extract("The Dock Workers Union filed two lawsuits against Globex Holdings for unfair labor "
                             "practices in Ohio."),
                     "other", "Dock Workers Union"));
  CHECK(CaseInvolves(Extract("Striking pilots at Globex Airways have been told that they could lose their jobs if "
                             "they do not return to work."),
                     "other", "Globex Airways"));
}

TEST_CASE("cases: 'strike' makes a sentence a labour one, an air strike does not") {
  CHECK(Cases(Extract("Missile strikes killed Maria Gomez in Syria on Monday.")).empty());
}

TEST_CASE("cases: a court that terms a strike illegal or grants an injunction rules") {
  DocumentFacts a = Extract("An Industrial Court has termed the strike call of the Dock Workers Union illegal.");
  CHECK(CaseInvolves(a, "court_ruling", "Dock Workers Union"));
  CHECK(CaseInvolves(a, "strike_ban", "Dock Workers Union"));
  DocumentFacts b = Extract("The High Court granted an injunction against the Prison Officers' Association.");
  CHECK(CaseInvolves(b, "court_ruling", "Prison Officers' Association"));
}

TEST_CASE("cases: closing a unionized workplace, or threatening to over a union, is union busting") {
  CHECK(CaseInvolves(Extract("Globex Stores closed the doors at one of its two unionized outlets in Canada."),
                     "union_busting", "Globex Stores"));
  CHECK(CaseInvolves(Extract("Globex Stores threatened to shut down the company if the Retail Workers Union won "
                             "the vote in Canada."),
                     "union_busting", "Retail Workers Union"));
  CHECK(Cases(Extract("Globex Stores closed two outlets in Canada for lack of customers, workers said."),
              "union_busting")
            .empty());
}
