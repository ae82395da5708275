// Command-line options of the desktop app and the language taken from the environment.
#include "platform/options.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <vector>

using h2045::platform::languageFromEnvironment;
using h2045::platform::languageTagFromLocale;
using h2045::platform::Options;
using h2045::platform::parseOptions;

namespace {

struct Parsed {
  bool ok;
  Options options;
  std::string error;
};

Parsed parse(std::vector<const char*> args) {
  args.insert(args.begin(), "hanoi2045");
  Parsed p{false, {}, {}};
  p.ok = parseOptions(static_cast<int>(args.size()), args.data(), p.options, p.error);
  return p;
}

}  // namespace

TEST(PlatformOptions, DefaultsWithoutArguments) {
  Parsed p = parse({});
  ASSERT_TRUE(p.ok) << p.error;
  EXPECT_EQ(p.options.frames, 0);
  EXPECT_EQ(p.options.width, 1280);
  EXPECT_EQ(p.options.height, 800);
  EXPECT_FALSE(p.options.fullscreen);
  EXPECT_TRUE(p.options.language.empty());
}

TEST(PlatformOptions, SmokeTestFlags) {
  Parsed p = parse({"--frames", "30", "--screenshot", "out.png", "--size", "1024x640", "--lang", "vi"});
  ASSERT_TRUE(p.ok) << p.error;
  EXPECT_EQ(p.options.frames, 30);
  EXPECT_EQ(p.options.screenshotPath, "out.png");
  EXPECT_EQ(p.options.width, 1024);
  EXPECT_EQ(p.options.height, 640);
  EXPECT_EQ(p.options.language, "vi");
}

TEST(PlatformOptions, InlineValuesAndFullscreen) {
  Parsed p = parse({"--frames=5", "--size=800X600", "--lang=vi-VN", "--fullscreen"});
  ASSERT_TRUE(p.ok) << p.error;
  EXPECT_EQ(p.options.frames, 5);
  EXPECT_EQ(p.options.width, 800);
  EXPECT_EQ(p.options.height, 600);
  EXPECT_EQ(p.options.language, "vi-VN");
  EXPECT_TRUE(p.options.fullscreen);
}

TEST(PlatformOptions, CommandsRunInTheOrderGiven) {
  Parsed p = parse({"--command", "qr=on", "--command=export=png", "--command", "reveal", "--command", "set=a.b=1"});
  ASSERT_TRUE(p.ok) << p.error;
  using Command = std::pair<std::string, std::string>;
  EXPECT_EQ(p.options.commands,
            (std::vector<Command>{{"qr", "on"}, {"export", "png"}, {"reveal", ""}, {"set", "a.b=1"}}));
}

TEST(PlatformOptions, BadValuesGiveAMessageAndChangeNothing) {
  const std::vector<std::vector<const char*>> bad = {
      {"--frames", "0"},        {"--frames", "-3"},         {"--frames", "ten"},
      {"--frames"},             {"--size", "100x100"},      {"--size", "1280"},
      {"--size", "axb"},        {"--screenshot", "out.jpg"}, {"--lang", "vi; rm"},
      {"--lang", "x"},          {"--bogus"},                {"--fullscreen=yes"},
      {"--screenshot", "a.png"},  // needs --frames
      {"--command"},            {"--command", "=on"},       {"--command", "qr on"},
  };
  for (const auto& args : bad) {
    std::vector<const char*> argv = {"hanoi2045"};
    argv.insert(argv.end(), args.begin(), args.end());
    Options options;
    options.width = 640;  // a value the failed parse must leave alone
    std::string error;
    EXPECT_FALSE(parseOptions(static_cast<int>(argv.size()), argv.data(), options, error)) << args[0];
    EXPECT_FALSE(error.empty()) << args[0];
    EXPECT_EQ(options.width, 640) << args[0];
    EXPECT_EQ(options.frames, 0) << args[0];
  }
}

TEST(PlatformOptions, MessagesNameTheOption) {
  Parsed p = parse({"--size", "10x10"});
  EXPECT_FALSE(p.ok);
  EXPECT_NE(p.error.find("--size"), std::string::npos) << p.error;
  EXPECT_NE(p.error.find("10x10"), std::string::npos) << p.error;
}

TEST(PlatformOptions, LanguageFromLocale) {
  EXPECT_EQ(languageTagFromLocale("vi_VN.UTF-8"), "vi-VN");
  EXPECT_EQ(languageTagFromLocale("en_US"), "en-US");
  EXPECT_EQ(languageTagFromLocale("vi"), "vi");
  EXPECT_EQ(languageTagFromLocale("de_DE@euro"), "de-DE");
  EXPECT_EQ(languageTagFromLocale("C"), "");
  EXPECT_EQ(languageTagFromLocale("C.UTF-8"), "");
  EXPECT_EQ(languageTagFromLocale("POSIX"), "");
  EXPECT_EQ(languageTagFromLocale(""), "");
}

TEST(PlatformOptions, LanguageFromEnvironmentFollowsLocalePrecedence) {
  setenv("LANG", "en_GB.UTF-8", 1);
  unsetenv("LC_ALL");
  unsetenv("LC_MESSAGES");
  EXPECT_EQ(languageFromEnvironment(), "en-GB");
  setenv("LC_ALL", "vi_VN.UTF-8", 1);
  EXPECT_EQ(languageFromEnvironment(), "vi-VN");
  setenv("LC_ALL", "C", 1);  // set, and says "no preference": LANG is not consulted
  EXPECT_EQ(languageFromEnvironment(), "");
  unsetenv("LC_ALL");
  unsetenv("LANG");
  EXPECT_EQ(languageFromEnvironment(), "");
}
