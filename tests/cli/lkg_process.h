// The real lkg binary in a child process, for tests that kill it, fill its
// disk or talk to its server.
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <doctest/doctest.h>

extern char** environ;

namespace lkg::testing {

// Starts LKG_BINARY with `args`, stdout to /dev/null, stderr to `log`.
inline pid_t StartLkg(const std::vector<std::string>& args, const std::string& log) {
  std::vector<char*> argv = {const_cast<char*>(LKG_BINARY)};
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = -1;
  int rc = posix_spawn(&pid, LKG_BINARY, &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  REQUIRE(rc == 0);
  return pid;
}

inline void KillAndReap(pid_t pid) {
  ::kill(pid, SIGKILL);
  ::waitpid(pid, nullptr, 0);
}

// Kills the child when it goes out of scope (also when a REQUIRE fails).
class KilledAtEnd {
 public:
  explicit KilledAtEnd(pid_t pid) : pid_(pid) {}
  ~KilledAtEnd() {
    if (pid_ > 0) KillAndReap(pid_);
  }
  // The child was reaped elsewhere: nothing to kill.
  void Release() { pid_ = -1; }
  KilledAtEnd(const KilledAtEnd&) = delete;
  KilledAtEnd& operator=(const KilledAtEnd&) = delete;

 private:
  pid_t pid_;
};

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// The port `lkg serve` printed in `log`, or 0 after 10 s.
inline int ServedPort(const std::string& log) {
  for (int i = 0; i < 200; ++i) {
    std::string text = ReadFile(log);
    size_t at = text.find("serving http://127.0.0.1:");
    if (at != std::string::npos) return std::stoi(text.substr(at + 25));
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return 0;
}

}  // namespace lkg::testing
