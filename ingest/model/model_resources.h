// The files compiled in from ingest/model/ (cmake/embed.cmake): the default
// model bundle "default.lkgmodel", the cue phrases "case_cues.tsv" and the
// union-name phrases of the relevance gate "relevance_gate.tsv".
#pragma once

#include <string_view>

// The bytes of `name`; empty for an unknown name.
std::string_view LkgModelResource(std::string_view name);
