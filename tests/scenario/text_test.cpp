// Text and numbers (src/scenario/text.h): shortest round-trip formatting, correctly rounded
// strict parsing, fixed decimals, reading whole files.
#include <gtest/gtest.h>

#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "scenario/text.h"

namespace h2045::text {
namespace {

std::uint64_t bits(double v) {
  std::uint64_t b;
  std::memcpy(&b, &v, sizeof b);
  return b;
}

double fromBits(std::uint64_t b) {
  double v;
  std::memcpy(&v, &b, sizeof v);
  return v;
}

TEST(Text, ShortestTextOfRandomDoublesReadsBackBitForBit) {
  std::mt19937_64 random(20450101);
  int checked = 0;
  for (int i = 0; i < 200000; ++i) {
    const double v = fromBits(random());  // every exponent, subnormals included
    if (!std::isfinite(v)) continue;
    const std::string s = formatShortest(v);
    const std::optional<double> back = parseDouble(s);
    ASSERT_TRUE(back) << s;
    ASSERT_EQ(bits(*back), bits(v)) << s;
    // At most 17 significant digits, a sign, a point and an exponent such as "e-308".
    ASSERT_LE(s.size(), 24u) << s;
    ++checked;
  }
  EXPECT_GT(checked, 190000);
}

TEST(Text, ShortestTextOfEverydayNumbers) {
  EXPECT_EQ(formatShortest(8.0), "8");
  EXPECT_EQ(formatShortest(2030.0), "2030");
  EXPECT_EQ(formatShortest(0.1), "0.1");
  EXPECT_EQ(formatShortest(14.1), "14.1");
  EXPECT_EQ(formatShortest(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(formatShortest(-2.5e-7), "-2.5e-07");
  EXPECT_EQ(formatShortest(1e300), "1e+300");
  EXPECT_EQ(formatShortest(36000.0), "36000");
}

TEST(Text, ParsingIsCorrectlyRounded) {
  EXPECT_EQ(bits(*parseDouble("0.1")), 0x3FB999999999999AULL);
  // The largest subnormal: naive conversions (and once PHP and Java) got this one wrong.
  EXPECT_EQ(bits(*parseDouble("2.2250738585072011e-308")), 0x000FFFFFFFFFFFFFULL);
  EXPECT_EQ(*parseDouble("2.2250738585072014e-308"), DBL_MIN);
  // 2^53 + 1 is halfway between two doubles: ties go to the even one, 2^53.
  EXPECT_EQ(*parseDouble("9007199254740993"), 9007199254740992.0);
  // A hair above halfway rounds up; a digit accumulator would lose the hair.
  EXPECT_EQ(*parseDouble("9007199254740993.0000000000001"), 9007199254740994.0);
  // Exactly halfway between 1 and the next double, then just above it.
  EXPECT_EQ(*parseDouble("1.00000000000000011102230246251565404236316680908203125"), 1.0);
  EXPECT_EQ(*parseDouble("1.00000000000000011102230246251565404236316680908203126"), std::nextafter(1.0, 2.0));
  EXPECT_EQ(*parseDouble("4.9406564584124654e-324"), std::nextafter(0.0, 1.0));
  EXPECT_EQ(*parseDouble("1.7976931348623157e308"), DBL_MAX);
  EXPECT_EQ(*parseDouble("6.52"), 6.52);
  EXPECT_EQ(*parseDouble("1580"), 1580.0);
  EXPECT_EQ(*parseDouble("-0.25"), -0.25);
  EXPECT_EQ(*parseDouble("1e-2"), 0.01);
  EXPECT_EQ(*parseDouble("6.52E3"), 6520.0);
  EXPECT_EQ(*parseDouble(".5"), 0.5);
  EXPECT_EQ(*parseDouble("5."), 5.0);
  EXPECT_EQ(*parseDouble("0e400"), 0.0);
}

TEST(Text, ParsingRejectsAnythingButOnePlainDecimal) {
  for (const char* bad : {"", "1,5", " 1", "1 ", "1e", "1e+", "nan", "NaN", "inf", "-inf", "infinity", "+1", "+0.5",
                          "0x10", "0x1p3", "-", ".", "-.", "--1", "1.2.3", "1e400", "-1e400", "1_000", "١", "1\n",
                          "12abc", "e5"})
    EXPECT_FALSE(parseDouble(bad)) << '"' << bad << '"';
  // A number followed by a NUL byte is not the whole text either.
  EXPECT_FALSE(parseDouble(std::string_view("1\0", 2)));
}

TEST(Text, Integers) {
  EXPECT_EQ(parseInt("2030"), 2030);
  EXPECT_EQ(parseInt("-7"), -7);
  EXPECT_EQ(parseInt("0"), 0);
  EXPECT_EQ(parseInt("2147483647"), 2147483647);
  for (const char* bad : {"", "+1", " 1", "1 ", "2030.0", "2030.5", "1e3", "2147483648", "-", "0x10", "1,000"})
    EXPECT_FALSE(parseInt(bad)) << '"' << bad << '"';
}

TEST(Text, FixedDecimalsRoundTheValueTheDoubleHolds) {
  EXPECT_EQ(formatFixed(36000, 0), "36000");
  EXPECT_EQ(formatFixed(8.44, 1), "8.4");
  EXPECT_EQ(formatFixed(8.46, 1), "8.5");
  EXPECT_EQ(formatFixed(2.675, 2), "2.67");  // the double is 2.67499999...
  EXPECT_EQ(formatFixed(0.5, 0), "0");       // an exact tie goes to even
  EXPECT_EQ(formatFixed(1.5, 0), "2");
  EXPECT_EQ(formatFixed(1234567.25, 2), "1234567.25");
  EXPECT_EQ(formatFixed(-0.04, 1), "-0.0");
  EXPECT_EQ(formatFixed(1e21, 0), "1000000000000000000000");
  EXPECT_EQ(formatFixed(0.1, 17), "0.10000000000000001");
}

class TextFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = std::filesystem::path(::testing::TempDir()) / ("h2045_text_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
                                                          ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
  }
  void TearDown() override { std::filesystem::remove_all(dir); }
  std::string write(const std::string& name, const std::string& content) {
    const std::string path = (dir / name).string();
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }
  std::filesystem::path dir;
};

TEST_F(TextFiles, ReadsTheWholeFileByteForByte) {
  std::string content = "first line\r\nsecond\n";
  content.push_back('\0');
  for (int i = 0; i < 100000; ++i) content += static_cast<char>('a' + i % 26);  // over one buffer
  const std::string path = write("all.txt", content);
  std::string text = "old", error;
  ASSERT_TRUE(readFile(path, text, error)) << error;
  EXPECT_EQ(text, content);
  EXPECT_TRUE(error.empty());
}

TEST_F(TextFiles, AnEmptyFileIsEmptyText) {
  std::string text = "old", error;
  ASSERT_TRUE(readFile(write("empty.txt", ""), text, error)) << error;
  EXPECT_EQ(text, "");
}

TEST_F(TextFiles, AMissingFileIsNamedWithTheReason) {
  const std::string path = (dir / "missing.json").string();
  std::string text = "old", error;
  EXPECT_FALSE(readFile(path, text, error, "scenario file"));
  EXPECT_EQ(error, "cannot open scenario file '" + path + "': No such file or directory");
  EXPECT_EQ(text, "old");
}

TEST_F(TextFiles, AFolderIsNotAFile) {
  std::string text = "old", error;
  EXPECT_FALSE(readFile(dir.string(), text, error, "data file"));
  EXPECT_NE(error.find("data file '" + dir.string() + "'"), std::string::npos) << error;
  EXPECT_NE(error.find("directory"), std::string::npos) << error;
  EXPECT_EQ(text, "old");
}

TEST_F(TextFiles, StopsOneByteAfterTheLimit) {
  const std::string path = write("big.txt", std::string(50000, 'x'));
  std::string text, error;
  ASSERT_TRUE(readFile(path, text, error, "file", 1000)) << error;
  EXPECT_EQ(text.size(), 1001u);
  ASSERT_TRUE(readFile(path, text, error, "file", 50000)) << error;
  EXPECT_EQ(text.size(), 50000u);
}

}  // namespace
}  // namespace h2045::text
