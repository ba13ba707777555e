// Employer-name resolution: legal forms ("Inc.", "LLC", "GmbH", "S.A.")
// are stripped for matching only, so "Wal-Mart Stores, Inc." and
// "WAL-MART STORES" give one key while each node displays a name as a record
// wrote it; "d/b/a" names become aliases. The legal-form list is
// compiled in (resources/legal_forms.txt, derived from GLEIF ELF and
// rigour org_types by scripts/gen_legal_forms.py).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lkg::names {

struct EmployerName {
  std::string display;               // the name as written, true-cased, legal form kept: "Wal-Mart Stores, Inc."
  std::string canonical;             // the matching form, legal form stripped: "Wal-Mart Stores" (the node key)
  std::string legal_form;            // the stripped form as written ("Inc."), or ""
  std::vector<std::string> aliases;  // canonical, raw string, d/b/a names, …
};

// Resolves an employer string. An empty canonical name means nothing
// name-like was left (the caller counts the record as malformed).
EmployerName ParseEmployerName(std::string_view raw);

// The key-relevant form: NormalizeName of the name with its legal form(s)
// removed from the end ("acme widgets" for "ACME Widgets, Inc.").
std::string EmployerKeyName(std::string_view raw);

// True when `raw` ends with (or is) a known legal form.
bool HasLegalForm(std::string_view raw);

// The number of legal-form entries compiled in (for tests and stats).
size_t LegalFormCount();

}  // namespace lkg::names
