// Status and Result<T>: how every component reports failure across its
// public boundary. Library exceptions (RocksDB, nlohmann_json, std) are
// caught at the edge and turned into a Status; nothing throws past a header.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace lkg {

// What kind of failure a Status reports. The HTTP layer maps each code to
// one status code and the CLI to one exit code, so keep the list short.
enum class StatusCode {
  kOk = 0,
  kNotFound,         // an id, name or file that does not exist
  kInvalidArgument,  // bad user input: malformed JSON, invalid UTF-8, bad flag value
  kAlreadyExists,    // e.g. re-ingesting a document already stored
  kCorruption,       // the store's bytes do not decode
  kIncompatible,     // store made by a newer schema version
  kBusy,             // store locked by another writer
  kLimitExceeded,    // a query or input exceeded a size/time/depth limit
  kIOError,          // file system or RocksDB I/O failure
  kInternal,         // a bug: an invariant did not hold
};

// Returns the stable lower_snake name of `code` ("not_found", ...), the
// form used in JSON error bodies.
const char* StatusCodeName(StatusCode code);

// The outcome of an operation: ok, or a code plus a human-readable message
// that names what failed (never a stack trace).
class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
  static Status AlreadyExists(std::string m) { return {StatusCode::kAlreadyExists, std::move(m)}; }
  static Status Corruption(std::string m) { return {StatusCode::kCorruption, std::move(m)}; }
  static Status Incompatible(std::string m) { return {StatusCode::kIncompatible, std::move(m)}; }
  static Status Busy(std::string m) { return {StatusCode::kBusy, std::move(m)}; }
  static Status LimitExceeded(std::string m) { return {StatusCode::kLimitExceeded, std::move(m)}; }
  static Status IOError(std::string m) { return {StatusCode::kIOError, std::move(m)}; }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "not_found: no node n:12ab" — for logs and tests.
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Either a value or a non-ok Status. Access value() only when ok().
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}                       // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}                // NOLINT: implicit by design

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;  // Ok when value_ is set
};

}  // namespace lkg

// Returns early from the enclosing function when `expr` (a Status) is not ok.
#define LKG_RETURN_IF_ERROR(expr)          \
  do {                                     \
    ::lkg::Status lkg_status_ = (expr);    \
    if (!lkg_status_.ok()) return lkg_status_; \
  } while (0)
