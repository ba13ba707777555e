// A full disk (a tmpfs filled up to 1 MiB more than the 64 MiB lkg keeps
// free; skipped when this process may not mount one): `lkg ingest` says
// "no space left" and exits 1 instead of aborting in RocksDB, and
// `lkg serve` answers writes 507 while it keeps serving reads.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/statvfs.h>

#include <filesystem>
#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "tests/cli/lkg_process.h"
#include "tests/engine/store_test_util.h"

namespace lkg::testing {
namespace {

// A tmpfs of `megabytes` mounted on a fresh directory; unmounted at the end.
class SmallDisk {
 public:
  explicit SmallDisk(int megabytes = 192) {
    std::string options = "size=" + std::to_string(megabytes) + "m";
    mounted_ = ::mount("tmpfs", dir_.path().c_str(), "tmpfs", 0, options.c_str()) == 0;
  }
  ~SmallDisk() {
    if (mounted_) ::umount2(dir_.path().c_str(), MNT_DETACH);
  }
  bool mounted() const { return mounted_; }
  // Takes all the free space but `left` bytes with a file.
  void FillLeaving(uint64_t left) {
    struct statvfs fs {};
    REQUIRE(::statvfs(dir_.path().c_str(), &fs) == 0);
    uint64_t free_bytes = static_cast<uint64_t>(fs.f_bavail) * fs.f_frsize;
    REQUIRE(free_bytes > left);
    int fd = ::open(Sub("filler").c_str(), O_WRONLY | O_CREAT, 0644);
    REQUIRE(fd >= 0);
    CHECK(::posix_fallocate(fd, 0, static_cast<off_t>(free_bytes - left)) == 0);
    ::close(fd);
  }
  std::string Sub(const std::string& name) const { return dir_.Sub(name); }

 private:
  TempDir dir_;
  bool mounted_ = false;
};

int ExitCode(pid_t pid, bool& signalled) {
  int status = 0;
  ::waitpid(pid, &status, 0);
  signalled = WIFSIGNALED(status);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

constexpr uint64_t kLeft = (64u << 20) + (1u << 20);

TEST_CASE("ingest on a full disk says no space left and exits 1") {
  SmallDisk disk;
  if (!disk.mounted()) {
    MESSAGE("skipped: cannot mount a tmpfs here (needs root)");
    return;
  }
  TempDir logs;
  std::string input = std::string(LKG_SHARED_DIR) + "/data/wikinews-economy";
  REQUIRE(std::filesystem::exists(input));
  pid_t create = StartLkg({"--db", disk.Sub("store"), "ingest", std::string(LKG_SOURCE_DIR) + "/samples"},
                          logs.Sub("create.log"));
  bool created_signalled = false;
  REQUIRE(ExitCode(create, created_signalled) == 0);
  disk.FillLeaving(kLeft);
  pid_t ingest = StartLkg({"--db", disk.Sub("store"), "ingest", input}, logs.Sub("ingest.log"));
  bool signalled = false;
  int code = ExitCode(ingest, signalled);
  std::string log = ReadFile(logs.Sub("ingest.log"));
  CHECK_FALSE(signalled);
  CHECK(code == 1);
  CHECK_MESSAGE(log.find("no space left on the device") != std::string::npos, log);
  CHECK(log.find("lkg: error: stopped after the store could not be written") != std::string::npos);
}

TEST_CASE("serve on a full disk answers writes 507 and keeps serving reads") {
  SmallDisk disk;
  if (!disk.mounted()) {
    MESSAGE("skipped: cannot mount a tmpfs here (needs root)");
    return;
  }
  TempDir logs;
  pid_t server = StartLkg({"--db", disk.Sub("store"), "serve", "--port", "0"}, logs.Sub("serve.log"));
  KilledAtEnd guard(server);
  int port = ServedPort(logs.Sub("serve.log"));
  REQUIRE_MESSAGE(port > 0, ReadFile(logs.Sub("serve.log")));
  // Less than lkg's reserve: the server's preallocated log would take a
  // long run of writes to fill a disk by itself.
  disk.FillLeaving(60u << 20);
  httplib::Client client("127.0.0.1", port);
  client.set_read_timeout(20, 0);
  int status = 201;
  std::string body;
  for (int i = 0; i < 100 && status == 201; ++i) {
    std::string filler;
    for (int w = 0; w < 4000; ++w) filler += "word" + std::to_string(i * 4000 + w) + " ";
    nlohmann::json doc = {{"text", "The Acme Workers Union went on strike. " + filler}};
    auto r = client.Post("/api/v1/documents", {{"X-Requested-With", "t"}}, doc.dump(), "application/json");
    REQUIRE(r);
    status = r->status;
    body = r->body;
  }
  CHECK(status == 507);
  CHECK(body.find("the server's disk is full") != std::string::npos);
  auto read = client.Get("/api/v1/stats");
  REQUIRE(read);
  CHECK(read->status == 200);
  ::kill(server, SIGTERM);
  bool signalled = false;
  ExitCode(server, signalled);
  guard.Release();
  CHECK_FALSE(signalled);
}

}  // namespace lkg::testing
