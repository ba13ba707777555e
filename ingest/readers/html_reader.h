// HTML reading with libxml2's HTML parser: the article's text with its
// block structure (one block per line, blank line between paragraphs),
// page chrome (navigation, header/footer, scripts, share and cookie
// elements) dropped by structure.
#pragma once

#include <string>
#include <string_view>

#include "engine/status.h"

namespace lkg::ingest {

struct HtmlArticle {
  std::string text;       // block text, not yet normalised
  std::string title;      // og:title, <title> or the first <h1>; "" when none
  std::string published;  // article:published_time / <time datetime>, as given; "" when none
};

// Parses `html` (any HTML, broken markup recovered as browsers do). When the
// page has an <article> or <main> element, only its text is kept. Errors:
// InvalidArgument when nothing parses or no text remains.
Result<HtmlArticle> ReadHtml(std::string_view html);

// True when `bytes` looks like HTML rather than plain text (a tag near the start).
bool LooksLikeHtml(std::string_view bytes);

}  // namespace lkg::ingest
