// Display names: mixed case kept, capitals true-cased with acronyms kept.
#include "ingest/names/display_name.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "ingest/names/employer_names.h"

namespace lkg::names {

TEST_CASE("Names in capitals are true-cased; acronyms and hyphenated names survive") {
  CHECK(DisplayName("WORCESTER TELEGRAM & GAZETTE") == "Worcester Telegram & Gazette");
  CHECK(DisplayName("AT&T MOBILITY") == "AT&T Mobility");
  CHECK(DisplayName("AT & T CORP") == "AT & T Corp");
  CHECK(DisplayName("IBM CORPORATION") == "IBM Corporation");
  CHECK(DisplayName("GEORGIA-PACIFIC LLC") == "Georgia-Pacific LLC");
  CHECK(DisplayName("CVS PHARMACY") == "CVS Pharmacy");
  CHECK(DisplayName("NEW YORK OIL CO") == "New York Oil Co");
  CHECK(DisplayName("BOARD OF EDUCATION OF THE CITY OF CHICAGO") == "Board of Education of the City of Chicago");
  CHECK(DisplayName("MCGRAW-EDISON") == "McGraw-Edison");
  CHECK(DisplayName("O'BRIEN'S MARKET") == "O'Brien's Market");
  CHECK(DisplayName("SEIU LOCAL 509") == "SEIU Local 509");
  CHECK(DisplayName("IWA III-166") == "IWA III-166");
}

TEST_CASE("Mixed-case names keep their casing; only title-casing damage is repaired") {
  CHECK(DisplayName("Snap-On Tools") == "Snap-On Tools");
  CHECK(DisplayName("eBay Inc.") == "eBay Inc.");
  CHECK(DisplayName("Georgia-pacific Corp") == "Georgia-Pacific Corp");
  CHECK(DisplayName("Mcgraw-edison Co") == "McGraw-Edison Co");
  CHECK(DisplayName("Board Of Education Of The City Of Chicago") == "Board of Education of the City of Chicago");
  CHECK(DisplayName("Co-op Markets") == "Co-op Markets");
  CHECK(DisplayName("  Acme   Widgets ,") == "Acme Widgets");
}

TEST_CASE("Legal forms are stripped for matching only, never from the display name") {
  EmployerName finch = ParseEmployerName("Finch Pruyn & Company Inc");
  CHECK(finch.display == "Finch Pruyn & Company Inc");
  CHECK(finch.canonical == "Finch Pruyn");
  CHECK(EmployerKeyName("Finch Pruyn & Company Inc") == EmployerKeyName("Finch Pruyn"));
  EmployerName purity = ParseEmployerName("PURITY SERVICES INC");
  CHECK(purity.display == "Purity Services Inc");
  CHECK(purity.canonical == "Purity Services");
  CHECK(std::find(purity.aliases.begin(), purity.aliases.end(), "Purity Services") != purity.aliases.end());
  CHECK(ParseEmployerName("AT&T Inc.").display == "AT&T Inc.");
}

}  // namespace lkg::names
