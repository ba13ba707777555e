// Contextual case rules of ingest/case_rules.cc, one sentence each: laws that
// harm workers, pay and pension cuts by the state, job action ruled illegal,
// imposed terms, a union bypassed, announced firings, lockouts; and the
// look-alikes that are no such case.
#include <doctest/doctest.h>

#include "tests/ingest/extract_helpers.h"

using namespace lkg::ingest::testing;

TEST_CASE("case rules: a law that infringes on workers' rights is legislation") {
  DocumentFacts f = Extract("The Oil Workers Union says the legislation infringes on workers' rights in Kuwait.");
  CHECK(CaseInvolves(f, "legislation", "Oil Workers Union"));
}

TEST_CASE("case rules: a new (youth job, labour) law is legislation") {
  DocumentFacts f = Extract("The Oil Workers Union protested against the new youth job law in Kuwait.");
  CHECK(CaseInvolves(f, "legislation", "Oil Workers Union"));
}

TEST_CASE("case rules: a back-to-work law is legislation, not also a strike ban") {
  DocumentFacts f = Extract("The Kuwaiti government is preparing a back-to-work law against the Oil Workers Union.");
  CHECK(CaseInvolves(f, "legislation", "Oil Workers Union"));
  CHECK(Cases(f, "strike_ban").empty());
}

TEST_CASE("case rules: a law letting employers fire at will is legislation, not a dismissal") {
  DocumentFacts f = Extract(
      "The Oil Workers Union opposed the reform, which gives employers the freedom to fire young workers in Kuwait.");
  CHECK(CaseInvolves(f, "legislation", "Oil Workers Union"));
  CHECK(Cases(f, "dismissal").empty());
}

TEST_CASE("case rules: the state cutting pensions or pay is legislation") {
  DocumentFacts f = Extract(
      "Members of the Oil Workers Union struck over a government decision to reduce their pensions in Kuwait, a "
      "change which would take effect in October.");
  CHECK(CaseInvolves(f, "legislation", "Oil Workers Union"));
}

TEST_CASE("case rules: a new law without labour words and a voluntary pay cut are no legislation") {
  CHECK(Cases(Extract("The Dock Workers Union struck in Chile. Airlines have attacked new EU legislation which "
                      "will force them to pay greater compensation to customers."),
              "legislation")
            .empty());
  CHECK(Cases(Extract("President Evo Morales will take a 50% pay cut so more staff can be hired in Bolivia."),
              "legislation")
            .empty());
}

TEST_CASE("case rules: lower pay and a company's wage bill are no legislation") {
  CHECK(Cases(Extract("The Oil Workers Union said the government leaves women with lower pay in Kuwait."),
              "legislation")
            .empty());
  CHECK(Cases(Extract("The Oil Workers Union said the cuts reduce the wage bill of the company in Kuwait."),
              "legislation")
            .empty());
  CHECK(Cases(Extract("The Oil Workers Union said scrapping the government's plan on transparency in pay in Kuwait "
                      "was a backwards step."),
              "legislation")
            .empty());
}

TEST_CASE("case rules: job action ruled illegal is a strike ban, with its date") {
  DocumentFacts f = Extract("The labour board ruled on 6 October 2005 that the action by the Oil Workers Union is "
                            "illegal.");
  auto bans = Cases(f, "strike_ban");
  REQUIRE(bans.size() == 1);
  CHECK(DateOf(bans[0]) == "2005-10-06");
  CHECK(CaseInvolves(f, "strike_ban", "Oil Workers Union"));
}

TEST_CASE("case rules: legal action and illegal fines are no strike ban") {
  DocumentFacts f = Extract("The Oil Workers Union ruled out legal action, calling the fines illegal.");
  CHECK(Cases(f, "strike_ban").empty());
}

TEST_CASE("case rules: an employer imposing a contract refuses to bargain") {
  DocumentFacts f = Extract("Globex Holdings imposed a contract on the Dock Workers Union in Chile.");
  CHECK(CaseInvolves(f, "refusal_to_bargain", "Dock Workers Union"));
  CHECK(CaseInvolves(f, "refusal_to_bargain", "Globex Holdings"));
}

TEST_CASE("case rules: 'imposed contracts' in the past and a bill imposing one are no refusal") {
  CHECK(Cases(Extract("Members of the Dock Workers Union have had four imposed contracts since 1993 in Chile."),
              "refusal_to_bargain")
            .empty());
  DocumentFacts f = Extract("Bill 12, if passed, imposes a contract on the Dock Workers Union in Chile.");
  CHECK(CaseInvolves(f, "legislation", "Dock Workers Union"));
  CHECK(Cases(f, "refusal_to_bargain").empty());
}

TEST_CASE("case rules: a union not consulted or bypassed is a refusal to bargain") {
  CHECK(CaseInvolves(Extract("The Dock Workers Union claimed it was not consulted on the cuts in Chile."),
                     "refusal_to_bargain", "Dock Workers Union"));
  CHECK(CaseInvolves(Extract("Globex Holdings changed the shifts, bypassing the Dock Workers Union in Chile."),
                     "refusal_to_bargain", "Dock Workers Union"));
  CHECK(Cases(Extract("The Dock Workers Union consulted its members on the offer in Chile."), "refusal_to_bargain")
            .empty());
}

TEST_CASE("case rules: 'the refusal by X, for months, to negotiate' is a refusal to bargain") {
  DocumentFacts f = Extract(
      "The Dock Workers Union blamed the refusal by Globex Holdings, these last four months, to negotiate a "
      "severance package.");
  CHECK(CaseInvolves(f, "refusal_to_bargain", "Dock Workers Union"));
}

TEST_CASE("case rules: an announced firing of union members is a dismissal") {
  DocumentFacts f = Extract("Globex Holdings announced it will fire 53 members of the Dock Workers Union in Chile.");
  CHECK(CaseInvolves(f, "dismissal", "Globex Holdings"));
  CHECK(CaseInvolves(f, "dismissal", "Dock Workers Union"));
}

TEST_CASE("case rules: economic lay-offs and rules about firing are no dismissal") {
  CHECK(Cases(Extract("Globex Holdings plans to fire three thousand employees in Chile, the union said."),
              "dismissal")
            .empty());
  CHECK(Cases(Extract("The Dock Workers Union said Chile would make it easier to dismiss members."), "dismissal")
            .empty());
}

TEST_CASE("case rules: a lockout is 'other' with the employer as actor") {
  DocumentFacts f = Extract("Globex Holdings locked out 300 members of the Dock Workers Union in Chile.");
  CHECK(CaseInvolves(f, "other", "Globex Holdings"));
  CHECK(CaseInvolves(f, "other", "Dock Workers Union"));
  DocumentFacts g = Extract("The lockout of the Dock Workers Union by Globex Holdings entered its third week.");
  CHECK(CaseInvolves(g, "other", "Dock Workers Union"));
}

TEST_CASE("case rules: 'last month' and 'earlier this year' date a case to the month or year") {
  DocumentFacts f = Extract("Police arrested leaders of the Dock Workers Union in Chile last month.", "2023-01-11");
  auto arrests = Cases(f, "arrest");
  REQUIRE(arrests.size() == 1);
  CHECK(DateOf(arrests[0]) == "2022-12");
  DocumentFacts g = Extract("Police arrested leaders of the Dock Workers Union in Chile earlier this year.",
                            "2023-05-11");
  auto later = Cases(g, "arrest");
  REQUIRE(later.size() == 1);
  CHECK(DateOf(later[0]) == "2023");
}

TEST_CASE("case rules: pressing workers to leave their union is union busting") {
  DocumentFacts f = Extract("Globex Holdings forced workers to leave the Dock Workers Union in Chile.");
  CHECK(CaseInvolves(f, "union_busting", "Dock Workers Union"));
  CHECK(CaseInvolves(f, "union_busting", "Globex Holdings"));
  CHECK(Cases(Extract("Globex Holdings forced the Dock Workers Union to leave the talks in Chile."), "union_busting")
            .empty());
}

TEST_CASE("case rules: revoked registration, union avoidance and captive-audience meetings are union busting") {
  CHECK(CaseInvolves(Extract("The ministry revoked the registration of the Dock Workers Union in Chile."),
                     "union_busting", "Dock Workers Union"));
  CHECK(CaseInvolves(Extract("Globex Holdings held captive audience meetings against the Dock Workers Union."),
                     "union_busting", "Dock Workers Union"));
}

TEST_CASE("case rules: baton charges, punches and police brutality are violence") {
  CHECK(CaseInvolves(Extract("Police baton-charged members of the Dock Workers Union in Chile."), "violence",
                     "Dock Workers Union"));
  CHECK(CaseInvolves(Extract("The Dock Workers Union condemned police brutality against strikers in Chile."),
                     "violence", "Dock Workers Union"));
  CHECK(Cases(Extract("The Dock Workers Union hoped to beat the deadline in Chile."), "violence").empty());
}

TEST_CASE("case rules: unionists denied entry is 'other'") {
  CHECK(CaseInvolves(Extract("Leaders of the Dock Workers Union were denied entry to Chile."), "other",
                     "Dock Workers Union"));
}

TEST_CASE("case rules: threatened disciplinary action and criminal enquiries are 'other'") {
  CHECK(CaseInvolves(Extract("Globex Holdings warned strikers of the Dock Workers Union that they would face "
                             "disciplinary action."),
                     "other", "Dock Workers Union"));
  CHECK(CaseInvolves(Extract("Prosecutors opened a criminal enquiry into leaders of the Dock Workers Union in Chile."),
                     "other", "Dock Workers Union"));
}

TEST_CASE("case rules: sealing a union's offices or freezing its accounts is union busting") {
  CHECK(CaseInvolves(Extract("Police sealed the offices of the Dock Workers Union in Chile."), "union_busting",
                     "Dock Workers Union"));
  CHECK(CaseInvolves(Extract("The authorities froze the Dock Workers Union's bank accounts in Chile."),
                     "union_busting", "Dock Workers Union"));
  CHECK(Cases(Extract("Police closed the road before the Dock Workers Union march in Chile."), "union_busting")
            .empty());
  CHECK(Cases(Extract("The Dock Workers Union suspended the strike in Chile."), "union_busting").empty());
}

TEST_CASE("case rules: an essential-service designation bans strikes; by law it is legislation") {
  DocumentFacts f = Extract("The Dock Workers Union asked Chile to repeal the law making ports an essential service.");
  CHECK(CaseInvolves(f, "legislation", "Dock Workers Union"));
  CHECK(Cases(f, "strike_ban").empty());
  DocumentFacts g = Extract("Chile declared the ports an essential service, stopping the Dock Workers Union strike.");
  CHECK(CaseInvolves(g, "strike_ban", "Dock Workers Union"));
  CHECK(Cases(Extract("The Dock Workers Union keeps essential services running in Chile."), "strike_ban").empty());
}

TEST_CASE("case rules: unilateral cuts, refusing to sign the agreement, not recognising the union") {
  CHECK(CaseInvolves(Extract("Globex Holdings unilaterally cut wages of Dock Workers Union members in Chile."),
                     "refusal_to_bargain", "Dock Workers Union"));
  CHECK(CaseInvolves(Extract("Globex Holdings refused to sign the collective agreement with the Dock Workers Union."),
                     "refusal_to_bargain", "Dock Workers Union"));
  CHECK(CaseInvolves(Extract("Globex Holdings does not recognise the Dock Workers Union in Chile."),
                     "refusal_to_bargain", "Dock Workers Union"));
  CHECK(Cases(Extract("Globex Holdings refused to sign the merger deal, the Dock Workers Union said."),
              "refusal_to_bargain")
            .empty());
}

TEST_CASE("case rules: unpaid wages and evictions of unionists are 'other'") {
  CHECK(CaseInvolves(Extract("Globex Holdings owes members of the Dock Workers Union unpaid wages in Chile."),
                     "other", "Dock Workers Union"));
  CHECK(CaseInvolves(Extract("Police evicted members of the Dock Workers Union from the port in Chile."), "other",
                     "Dock Workers Union"));
}
