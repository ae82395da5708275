// The desktop's lasting storage and where it lives.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "platform/options.h"
#include "platform/storage.h"

namespace h2045::platform {
namespace {

TEST(ConfigFolder, FollowsTheXdgRulesAndStaysOffForScriptedRuns) {
  Options o;
  EXPECT_TRUE(autosaveWanted(o));
  EXPECT_EQ(configFolder(o, "/home/lan/.cfg", "/home/lan"), "/home/lan/.cfg/hanoi2045");
  EXPECT_EQ(configFolder(o, nullptr, "/home/lan"), "/home/lan/.config/hanoi2045");
  EXPECT_EQ(configFolder(o, "relative/cfg", "/home/lan"), "/home/lan/.config/hanoi2045") << "XDG: relative is ignored";
  EXPECT_EQ(configFolder(o, nullptr, nullptr), "");
  o.frames = 5;  // a screenshot run neither reads nor writes the person's last session
  EXPECT_EQ(configFolder(o, "/home/lan/.cfg", "/home/lan"), "");
  EXPECT_FALSE(autosaveWanted(o)) << "and says nothing about it";
  o.configDir = "/tmp/run";
  EXPECT_EQ(configFolder(o, "/home/lan/.cfg", "/home/lan"), "/tmp/run");
  EXPECT_TRUE(autosaveWanted(o));
  o.noAutosave = true;
  EXPECT_EQ(configFolder(o, "/home/lan/.cfg", "/home/lan"), "");
  EXPECT_FALSE(autosaveWanted(o));
}

TEST(ConfigFolder, OptionsForTheStartDocument) {
  const char* argv[] = {"hanoi2045", "--scenario", "group3.json", "--link=#s=AQ", "--config-dir", "/tmp/c", "--no-autosave"};
  Options o;
  std::string error;
  ASSERT_TRUE(parseOptions(7, argv, o, error)) << error;
  EXPECT_EQ(o.scenarioFile, "group3.json");
  EXPECT_EQ(o.link, "#s=AQ");
  EXPECT_EQ(o.configDir, "/tmp/c");
  EXPECT_TRUE(o.noAutosave);
  const char* bad[] = {"hanoi2045", "--config-dir="};
  EXPECT_FALSE(parseOptions(2, bad, o, error));
  EXPECT_NE(error.find("--config-dir"), std::string::npos);
}

TEST(Storage, WritesReadBackAndReplaceWholly) {
  const std::string folder = ::testing::TempDir() + "/h2045_storage_test/hanoi2045";
  std::filesystem::remove_all(folder);
  std::string error;
  EXPECT_EQ(loadStoredText(folder, "autosave"), "");
  ASSERT_TRUE(storeText(folder, "autosave", "{\"name\": \"Nhóm 1\"}\n", error)) << error;
  EXPECT_EQ(loadStoredText(folder, "autosave"), "{\"name\": \"Nhóm 1\"}\n");
  ASSERT_TRUE(storeText(folder, "autosave", "{}", error)) << error;
  EXPECT_EQ(loadStoredText(folder, "autosave"), "{}");
  EXPECT_FALSE(std::filesystem::exists(folder + "/autosave.json.tmp")) << "no temporary file left";
  EXPECT_FALSE(storeText(folder, "../escape", "{}", error));
  EXPECT_EQ(loadStoredText(folder, "../escape"), "");
  std::filesystem::remove_all(folder);
}

TEST(Storage, AFolderThatCannotBeMadeGivesAMessage) {
  const std::string file = ::testing::TempDir() + "/h2045_storage_not_a_folder";
  std::ofstream(file) << "x";
  std::string error;
  EXPECT_FALSE(storeText(file + "/hanoi2045", "autosave", "{}", error));
  EXPECT_NE(error.find("h2045_storage_not_a_folder"), std::string::npos) << error;
  EXPECT_FALSE(storeText("", "autosave", "{}", error));
  EXPECT_NE(error.find("--config-dir"), std::string::npos) << error;
  std::filesystem::remove(file);
}

}  // namespace
}  // namespace h2045::platform
