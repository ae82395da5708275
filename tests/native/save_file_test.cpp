// Exports on the desktop land in the working folder and never replace an earlier one.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "platform/save_file.h"

namespace h2045::platform {
namespace {

namespace fs = std::filesystem;

std::string contents(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

class SaveFile : public ::testing::Test {
 protected:
  void SetUp() override {
    folder = fs::temp_directory_path() / ("h2045_save_file_" + std::to_string(::getpid()));
    fs::remove_all(folder);
    fs::create_directories(folder);
    previous = fs::current_path();
    fs::current_path(folder);
  }
  void TearDown() override {
    fs::current_path(previous);
    fs::remove_all(folder);
  }
  fs::path folder, previous;
};

TEST_F(SaveFile, WritesIntoTheWorkingFolderWithNumbersForLaterExports) {
  const std::string bytes("a,b\r\n\0\xff", 7);  // binary-safe
  std::string where, error;
  ASSERT_TRUE(saveNumberedFile("hanoi2045-trajectory.csv", bytes, where, error)) << error;
  EXPECT_EQ(fs::path(where), folder / "hanoi2045-trajectory.csv");
  EXPECT_EQ(contents(where), bytes);
  ASSERT_TRUE(saveNumberedFile("hanoi2045-trajectory.csv", "second", where, error)) << error;
  EXPECT_EQ(fs::path(where), folder / "hanoi2045-trajectory-2.csv");
  ASSERT_TRUE(saveNumberedFile("hanoi2045-trajectory.csv", "third", where, error)) << error;
  EXPECT_EQ(fs::path(where), folder / "hanoi2045-trajectory-3.csv");
  EXPECT_EQ(contents(folder / "hanoi2045-trajectory.csv"), bytes) << "the first is left alone";
  EXPECT_EQ(contents(folder / "hanoi2045-trajectory-2.csv"), "second");
}

TEST_F(SaveFile, AFolderThatCannotBeWrittenGivesAMessage) {
  if (::geteuid() == 0) {
    // Root writes anywhere: a name that is a folder's path fails for everyone instead.
    fs::create_directories(folder / "sub");
    std::string where, error;
    EXPECT_FALSE(saveNumberedFile("sub/x/hanoi2045-chart.png", "png", where, error));
    EXPECT_NE(error.find("hanoi2045-chart.png"), std::string::npos) << error;
    return;
  }
  fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec);
  std::string where, error;
  EXPECT_FALSE(saveNumberedFile("hanoi2045-chart.png", "png", where, error));
  EXPECT_NE(error.find("hanoi2045-chart.png"), std::string::npos) << error;
  fs::permissions(folder, fs::perms::owner_all);
}

}  // namespace
}  // namespace h2045::platform
