// Runs part of a test in another process: the test binary re-executes
// itself with LKG_TEST_CHILD=<mode>, and main() runs that mode (see
// child_modes.cc) instead of doctest. (A re-exec, not a bare fork: RocksDB's background
// threads do not survive fork.) The child's stdout is a pipe to the parent.
#pragma once

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>
#include <vector>

extern char** environ;

namespace lkg::testing {

// When LKG_TEST_CHILD is set: runs that mode, sets `exit_code` and returns
// true. Otherwise returns false.
bool RunChildModeIfRequested(int& exit_code);

class ChildProcess {
 public:
  ChildProcess() = default;
  ChildProcess(pid_t pid, int out) : pid_(pid), out_(out) {}
  ChildProcess(ChildProcess&& other) noexcept : pid_(other.pid_), out_(other.out_) { other.pid_ = -1, other.out_ = -1; }
  ChildProcess& operator=(ChildProcess&&) = delete;
  ~ChildProcess() { Kill(); }

  bool started() const { return pid_ > 0; }

  // Reads the child's stdout until `count` bytes arrived or it closed;
  // returns how many bytes were read.
  size_t Read(size_t count) {
    size_t got = 0;
    char buf[256];
    while (got < count && out_ >= 0) {
      ssize_t n = ::read(out_, buf, std::min(sizeof buf, count - got));
      if (n <= 0) break;
      got += static_cast<size_t>(n);
    }
    return got;
  }

  // SIGKILLs the child (if still running) and reaps it.
  void Kill() {
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
      pid_ = -1;
    }
    if (out_ >= 0) ::close(out_);
    out_ = -1;
  }

 private:
  pid_t pid_ = -1;
  int out_ = -1;
};

// Starts this binary as a child running `mode` ("name:arg:arg…").
inline ChildProcess SpawnSelf(const std::string& mode) {
  int fds[2];
  if (::pipe(fds) != 0) return ChildProcess();
  std::vector<std::string> env_strings = {"LKG_TEST_CHILD=" + mode};
  for (char** e = environ; *e; ++e) {
    if (std::string(*e).rfind("LKG_TEST_CHILD=", 0) != 0) env_strings.push_back(*e);
  }
  std::vector<char*> envp;
  for (std::string& s : env_strings) envp.push_back(s.data());
  envp.push_back(nullptr);
  std::string self = "/proc/self/exe";
  char* argv[] = {self.data(), nullptr};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, fds[0]);
  pid_t pid = -1;
  int rc = posix_spawn(&pid, self.c_str(), &actions, nullptr, argv, envp.data());
  posix_spawn_file_actions_destroy(&actions);
  ::close(fds[1]);
  if (rc != 0) {
    ::close(fds[0]);
    return ChildProcess();
  }
  return ChildProcess(pid, fds[0]);
}

}  // namespace lkg::testing
