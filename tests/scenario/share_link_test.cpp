// Share links: round trips, what a link may look like when pasted, and every way a damaged,
// truncated, tampered, newer or oversize link is refused without touching the document.
#include <gtest/gtest.h>

#include <cstring>
#include <limits>
#include <random>
#include <string>

#include "model/results.h"
#include "scenario/safe_text.h"
#include "scenario/share_link.h"

namespace h2045 {
namespace {

constexpr double kOpen = std::numeric_limits<double>::infinity();

ScenarioDocument richDocument() {
  ScenarioDocument d;
  d.name = "Nhóm 3: hạ tầng & \"cải cách\" <b>";  // markup is just characters
  d.description = "Dòng một\nDòng hai";
  d.scenario.baseYear = 2020;
  d.scenario.at(ParamId::PublicInvestmentPct) = {8.3, 2028, 5};
  d.scenario.at(ParamId::InstitutionalQualityTarget).value = 81.7;
  d.scenario.at(ParamId::ConstructionLagYears).value = 1;
  d.scenario.at(ParamId::SkilledMigration).value = 0.017;
  d.scenario.at(ParamId::Beta).value = 0.1234567891;  // not on the step grid: sent as a double
  d.scenario.at(ParamId::UsdDriftPct).value = -0.5;
  d.targetSetId = "custom";
  d.customTargets = {{2030, 12000, 13000, false}, {2040, 20000.5, kOpen, false}, {2045, 45000, 45000, true}};
  return d;
}

// A random valid document: every parameter snapped on its grid or anywhere in its range.
ScenarioDocument randomDocument(std::mt19937& rng) {
  ScenarioDocument d;
  d.scenario.baseYear = std::uniform_int_distribution<int>(kFirstBaseYear, kLastBaseYear)(rng);
  for (const ParamSpec& p : paramSpecs()) {
    if (rng() % 3) continue;
    double v = std::uniform_real_distribution<double>(p.minValue, p.maxValue)(rng);
    if (p.kind != ParamKind::Continuous || rng() % 2) v = snapToStep(p, v);
    d.scenario.at(p.param).value = v;
    if (isLever(p.group) && rng() % 2) {
      d.scenario.at(p.param).startYear = std::uniform_int_distribution<int>(kFirstStartYear, kLastStartYear)(rng);
      d.scenario.at(p.param).phaseInYears = std::uniform_int_distribution<int>(kMinPhaseInYears, kMaxPhaseInYears)(rng);
    }
  }
  if (rng() % 2) d.name = "Kịch bản " + std::to_string(rng() % 1000);
  if (rng() % 4 == 0) d.targetSetId = "master_plan_2024";
  return d;
}

void expectRefused(const std::string& link, std::initializer_list<std::string> fragments) {
  ScenarioDocument target = richDocument();
  const ScenarioDocument before = target;
  std::string error;
  EXPECT_FALSE(loadShareLink(link, target, error)) << link;
  EXPECT_EQ(target, before);
  EXPECT_EQ(error.rfind("share link: ", 0), 0u) << error;
  std::string problem;
  EXPECT_TRUE(isPlainText(error, "", problem)) << problem;
  for (const std::string& f : fragments) EXPECT_NE(error.find(f), std::string::npos) << "'" << f << "' not in: " << error;
}

bool urlSafe(const std::string& s) {
  for (char c : s)
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
      return false;
  return true;
}

TEST(ShareLink, DefaultsAreTiny) {
  const std::string link = shareLinkFragment(ScenarioDocument{});
  EXPECT_EQ(link.rfind("#s=", 0), 0u);
  EXPECT_LE(link.size(), 3u + 7u);  // version byte + checksum
  std::string error;
  auto back = decodeShareLink(link, error);
  ASSERT_TRUE(back) << error;
  EXPECT_EQ(*back, ScenarioDocument{});
}

TEST(ShareLink, RichDocumentRoundTrips) {
  const ScenarioDocument d = richDocument();
  ASSERT_EQ(checkDocument(d), "");
  const std::string code = shareLinkCode(d);
  EXPECT_TRUE(urlSafe(code)) << code;
  std::string error;
  auto back = decodeShareLink("#s=" + code, error);
  ASSERT_TRUE(back) << error;
  EXPECT_EQ(*back, d);
  EXPECT_EQ(back->name, d.name);  // text comes back as text, markup characters included
}

TEST(ShareLink, RandomDocumentsRoundTripBitForBit) {
  std::mt19937 rng(2045);
  for (int i = 0; i < 2000; ++i) {
    const ScenarioDocument d = randomDocument(rng);
    ASSERT_EQ(checkDocument(d), "");
    std::string error;
    auto back = decodeShareLink(shareLinkFragment(d), error);
    ASSERT_TRUE(back) << error;
    ASSERT_EQ(*back, d) << shareLinkFragment(d);
  }
}

TEST(ShareLink, AcceptsWhatPeoplePaste) {
  const ScenarioDocument d = richDocument();
  const std::string code = shareLinkCode(d);
  for (const std::string& pasted :
       {"#s=" + code, "s=" + code, code, "  https://example.org/hanoi2045/?lang=vi#s=" + code + "\n",
        "https://example.org/#lang=vi&s=" + code + "&view=compare"}) {
    std::string error;
    auto back = decodeShareLink(pasted, error);
    ASSERT_TRUE(back) << pasted << ": " << error;
    EXPECT_EQ(*back, d);
  }
}

TEST(ShareLink, RefusesDamagedTruncatedTamperedNewerAndOversize) {
  const std::string code = shareLinkCode(richDocument());
  expectRefused("", {"empty"});
  expectRefused("#s=", {"empty"});
  expectRefused("#s=" + code.substr(0, code.size() - 1), {"share link"});
  expectRefused("#s=" + code.substr(0, code.size() / 2), {"share link"});
  expectRefused("#s=AAAA", {"cut short"});
  expectRefused("#s=" + code.substr(0, 5) + "%" + code.substr(6), {"character \"%\"", "position 6"});
  expectRefused("#s=" + code.substr(0, 5) + "\xff" + code.substr(6), {"\\xFF"});
  expectRefused("#s=" + code.substr(0, 5) + "ệ" + code.substr(6), {"\"ệ\""});
  expectRefused("#s=" + code + "=", {"character \"=\""});
  expectRefused(std::string(kMaxShareLinkChars + 1, 'A'), {"characters; allowed up to"});
  // One character changed anywhere: the checksum (or the grid) says so.
  std::string tampered = code;
  tampered[tampered.size() / 2] = tampered[tampered.size() / 2] == 'A' ? 'B' : 'A';
  expectRefused("#s=" + tampered, {"share link"});
}

// Builds a code from raw record bytes (version byte first), with a correct checksum, so the
// decoder's checks after the checksum can be reached.
std::string codeOf(std::string record) {
  const std::uint32_t crc = crc32(record);
  for (int s = 24; s >= 0; s -= 8) record += static_cast<char>((crc >> s) & 0xFF);
  static const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::string out;
  unsigned acc = 0;
  int bits = 0;
  for (unsigned char c : record) {
    acc = (acc << 8) | c;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += alphabet[(acc >> bits) & 63];
    }
  }
  if (bits > 0) out += alphabet[(acc << (6 - bits)) & 63];
  return out;
}

TEST(ShareLink, WellFormedButWrongContentIsRefused) {
  EXPECT_EQ(codeOf("\x01"), shareLinkCode(ScenarioDocument{}));  // the helper matches the codec
  expectRefused(codeOf("\x02"), {"version 2", "newer release"});
  expectRefused(codeOf(std::string("\x00", 1)), {"unknown link version 0"});
  expectRefused(codeOf("\x01\x09"), {"unknown field"});
  expectRefused(codeOf("\x01\x03\x19\x01\x01"), {"out of order"});            // base year then name
  expectRefused(codeOf("\x01\x01\x05" "ab"), {"ends in the middle of the name"});
  expectRefused(codeOf("\x01\x03\x1e"), {"base_year = 2030"});               // decoded, then the file's rules
  expectRefused(codeOf("\x01\x01\x02" "\x1b["), {"name", "control character \\x1B"});
  expectRefused(codeOf("\x01\x01\x02" "\xc3\x28"), {"name", "invalid UTF-8"});
  // Public investment (ParamId 0): value 200 steps of 0.1 from 2 → 22, out of range for the grid.
  expectRefused(codeOf("\x01\x40\x01\xc8\x01"), {"setting is out of range"});
  // A double value out of range reaches the document rules with its path.
  std::string raw = "\x01\x40\x03";
  const double v = 99;
  unsigned long long bits;
  std::memcpy(&bits, &v, 8);
  for (int i = 0; i < 8; ++i) raw += static_cast<char>((bits >> (8 * i)) & 0xFF);
  expectRefused(codeOf(raw), {"levers.infra.public_investment_pct.value = 99", "out of range"});
  // Timing on an assumption (assume.alpha is ParamId 10).
  expectRefused(codeOf("\x01\x4a\x04\x1a"), {"timing given for an assumption"});
  expectRefused(codeOf(std::string("\x01\x40\x00", 3)), {"unknown setting flags"});
}

TEST(ShareLink, RandomByteDamageIsAlwaysRefused) {
  const std::string code = shareLinkCode(richDocument());
  std::string bytesError;
  std::mt19937 rng(99);
  const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  int refused = 0;
  for (int i = 0; i < 5000; ++i) {
    std::string damaged = code;
    const int edits = 1 + static_cast<int>(rng() % 3);
    for (int e = 0; e < edits; ++e) {
      const std::size_t at = rng() % damaged.size();
      switch (rng() % 3) {
        case 0: damaged[at] = alphabet[rng() % alphabet.size()]; break;  // still a valid character
        case 1: damaged.erase(at, 1 + rng() % 4); break;                 // cut
        default: damaged.insert(at, 1, alphabet[rng() % alphabet.size()]);
      }
    }
    if (damaged == code) continue;
    ScenarioDocument target;
    std::string error;
    const bool loaded = loadShareLink("#s=" + damaged, target, error);
    // A 32-bit checksum lets about one damaged link in four billion through; none here.
    ASSERT_FALSE(loaded) << damaged;
    ASSERT_EQ(target, ScenarioDocument{});
    ++refused;
  }
  EXPECT_GT(refused, 4900);
}

TEST(ShareLink, Crc32MatchesTheStandardCheckValue) { EXPECT_EQ(crc32("123456789"), 0xCBF43926u); }

}  // namespace
}  // namespace h2045
