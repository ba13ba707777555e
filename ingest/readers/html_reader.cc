#include "ingest/readers/html_reader.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>

namespace lkg::ingest {
namespace {

using DocPtr = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

bool NameIs(const xmlNode* n, const char* name) {
  return n->name != nullptr && std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

bool NameIn(const xmlNode* n, std::initializer_list<const char*> names) {
  for (const char* name : names) if (NameIs(n, name)) return true;
  return false;
}

std::string Attr(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (v == nullptr) return "";
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Chrome by element name or by a class/id/role that names chrome.
bool IsChrome(const xmlNode* n) {
  if (NameIn(n, {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button",
                 "svg", "iframe", "select", "template", "object", "embed", "canvas", "figcaption",
                 "head"})) {
    return true;
  }
  std::string marks = Lower(Attr(n, "class") + " " + Attr(n, "id") + " " + Attr(n, "role"));
  static const char* kChrome[] = {"cookie", "share", "social", "breadcrumb", "navigation", "navbar",
                                  "menu", "sidebar", "newsletter", "skip-link", "site-header",
                                  "site-footer", "related", "banner", "pagination", "language-switch"};
  for (const char* c : kChrome) {
    if (marks.find(c) != std::string::npos) return true;
  }
  return false;
}

bool IsBlock(const xmlNode* n) {
  return NameIn(n, {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "br", "tr",
                    "table", "section", "article", "main", "blockquote", "pre", "dd", "dt", "dl",
                    "hr", "time", "address", "td", "th", "figure", "body"});
}

void AppendText(std::string& out, const char* text) {
  for (const char* p = text; *p; ++p) {
    char c = (*p == '\n' || *p == '\t' || *p == '\r') ? ' ' : *p;
    if (c == ' ' && (out.empty() || out.back() == ' ' || out.back() == '\n')) continue;
    out.push_back(c);
  }
}

void EndBlock(std::string& out, bool paragraph) {
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.empty()) return;
  if (out.back() != '\n') out.push_back('\n');
  if (paragraph && (out.size() < 2 || out[out.size() - 2] != '\n')) out.push_back('\n');
}

void Collect(const xmlNode* n, std::string& out, int depth) {
  for (; n != nullptr; n = n->next) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content) AppendText(out, reinterpret_cast<const char*>(n->content));
      continue;
    }
    if (n->type != XML_ELEMENT_NODE || IsChrome(n) || depth > 200) continue;
    bool block = IsBlock(n);
    if (block) EndBlock(out, false);
    Collect(n->children, out, depth + 1);
    if (block) EndBlock(out, NameIn(n, {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "time"}));
  }
}

const xmlNode* FindFirst(const xmlNode* n, std::initializer_list<const char*> names, int depth = 0) {
  for (; n != nullptr && depth < 200; n = n->next) {
    if (n->type == XML_ELEMENT_NODE) {
      if (NameIn(n, names)) return n;
      if (const xmlNode* f = FindFirst(n->children, names, depth + 1)) return f;
    }
  }
  return nullptr;
}

std::string NodeText(const xmlNode* n) {
  xmlChar* c = xmlNodeGetContent(n);
  if (c == nullptr) return "";
  std::string raw(reinterpret_cast<const char*>(c));
  xmlFree(c);
  std::string out;
  AppendText(out, raw.c_str());
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

void ReadMeta(const xmlNode* n, HtmlArticle& a, int depth = 0) {
  for (; n != nullptr && depth < 200; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    if (NameIs(n, "meta")) {
      std::string key = Lower(Attr(n, "property") + Attr(n, "name"));
      if (key == "og:title" && a.title.empty()) a.title = Attr(n, "content");
      if ((key == "article:published_time" || key == "date" || key == "dc.date") && a.published.empty()) {
        a.published = Attr(n, "content");
      }
    } else if (NameIs(n, "time") && a.published.empty()) {
      a.published = Attr(n, "datetime");
    }
    ReadMeta(n->children, a, depth + 1);
  }
}

}  // namespace

bool LooksLikeHtml(std::string_view bytes) {
  std::string head = Lower(std::string(bytes.substr(0, 1024)));
  return head.find("<!doctype html") != std::string::npos || head.find("<html") != std::string::npos ||
         head.find("<body") != std::string::npos || head.find("<p>") != std::string::npos ||
         head.find("<div") != std::string::npos;
}

Result<HtmlArticle> ReadHtml(std::string_view html) {
  if (html.size() > static_cast<size_t>(INT32_MAX)) return Status::LimitExceeded("HTML too large");
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                HTML_PARSE_NOBLANKS;
  DocPtr doc(htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8", options),
             &xmlFreeDoc);
  if (!doc) return Status::InvalidArgument("HTML could not be parsed");
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr) return Status::InvalidArgument("HTML has no elements");
  HtmlArticle article;
  ReadMeta(root, article);
  if (article.title.empty()) {
    if (const xmlNode* t = FindFirst(root, {"title"})) article.title = NodeText(t);
  }
  const xmlNode* main = FindFirst(root, {"article", "main"});
  if (main == nullptr) main = FindFirst(root, {"body"});
  if (main == nullptr) main = root;
  if (const xmlNode* h1 = FindFirst(root, {"h1"}); h1 != nullptr && main != root) {
    // A headline outside <article>/<main> still belongs to the text.
    bool inside = false;
    for (const xmlNode* p = h1; p != nullptr; p = p->parent) inside = inside || p == main;
    if (!inside) article.text = NodeText(h1) + "\n\n";
  }
  Collect(main->children, article.text, 0);
  if (article.text.find_first_not_of(" \n") == std::string::npos) {
    return Status::InvalidArgument("HTML page has no article text");
  }
  return article;
}

}  // namespace lkg::ingest
