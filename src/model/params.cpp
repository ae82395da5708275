// The lever and assumption table: every number the model uses that a user may question.
// Defaults, ranges and sources follow docs/model.md; "prior" marks numbers without a firm source.
#include "model/model.h"

#include <cmath>

namespace h2045 {

namespace {

using G = ParamGroup;
using K = ParamKind;

// clang-format off
constexpr std::array<ParamSpec, kParamCount> kSpecs = {{
  // --- Breakthrough 1: infrastructure -------------------------------------------------
  {ParamId::PublicInvestmentPct, "infra.public_investment_pct", G::Infrastructure, K::Continuous, "pct_grdp",
   5.5, 2.0, 15.0, 0.1, 1, false,
   "C: Hanoi 2025 public investment plan > 87 trillion VND / GRDP ≈ 1,580 trillion VND",
   "Public infrastructure investment", "Đầu tư công cho hạ tầng",
   "Planned public infrastructure investment, % of GRDP.",
   "Kế hoạch vốn đầu tư công cho hạ tầng, tính theo % GRDP."},
  {ParamId::DisbursementPct, "infra.disbursement_pct", G::Infrastructure, K::Continuous, "pct",
   65.0, 40.0, 100.0, 1.0, 0, false,
   "B: Hanoi disbursed 64.4 % of its 2025 plan by 26 Nov 2025; 60.9 % in 2021",
   "Disbursement rate", "Tỷ lệ giải ngân",
   "Share of planned public investment actually spent.",
   "Phần vốn đầu tư công theo kế hoạch được giải ngân thực tế."},
  {ParamId::InvestmentEfficiency, "infra.efficiency", G::Infrastructure, K::Continuous, "share",
   0.7, 0.4, 1.0, 0.01, 2, false,
   "IMF (2015), Making Public Investment More Efficient: about 30 % of the value is lost",
   "Public investment efficiency ε", "Hiệu quả đầu tư công ε",
   "Share of disbursed money that becomes productive infrastructure.",
   "Phần vốn đã giải ngân trở thành hạ tầng thực sự phát huy tác dụng."},
  {ParamId::ConstructionLagYears, "infra.lag_years", G::Infrastructure, K::Integer, "years",
   3.0, 0.0, 7.0, 1.0, 0, true, "prior",
   "Construction lag", "Độ trễ xây dựng",
   "Years before new investment becomes productive capital.",
   "Số năm từ khi bỏ vốn đến khi công trình phát huy tác dụng."},
  // --- Breakthrough 2: institutions ---------------------------------------------------
  {ParamId::InstitutionalQualityTarget, "inst.quality_target", G::Institutions, K::Continuous, "index",
   68.4, 50.0, 95.0, 0.1, 1, false,
   "A: Hanoi PCI score 68.38 in 2024, rank 24 of 63 (VCCI)",
   "Institutional quality target", "Mục tiêu chất lượng thể chế",
   "PCI-like index (0–100) the reform reaches.",
   "Chỉ số kiểu PCI (0–100) mà cải cách thể chế hướng tới."},
  {ParamId::InstitutionalYearsToTarget, "inst.years_to_target", G::Institutions, K::Integer, "years",
   10.0, 1.0, 20.0, 1.0, 0, true, "prior",
   "Years to reach the target", "Số năm để đạt mục tiêu",
   "How long the reform takes to reach the target index.",
   "Thời gian cải cách cần để đạt chỉ số mục tiêu."},
  {ParamId::DigitalGovernmentPct, "inst.digital_gov_pct", G::Institutions, K::Continuous, "pct",
   50.0, 0.0, 100.0, 1.0, 0, true, "prior",
   "Digital government completion", "Mức hoàn thành chính quyền số",
   "Completion of digital government reached after the phase-in (0–100 %).",
   "Mức hoàn thành chính quyền số đạt được sau giai đoạn triển khai (0–100 %)."},
  // --- Breakthrough 3: human capital --------------------------------------------------
  {ParamId::EntrantSchoolingYears, "hc.entrant_schooling_years", G::HumanCapital, K::Continuous, "years",
   13.0, 9.0, 17.0, 0.1, 1, true, "prior",
   "Schooling of new entrants", "Số năm đi học của lao động mới",
   "Mean years of schooling of people entering the workforce.",
   "Số năm đi học bình quân của người mới tham gia lực lượng lao động."},
  {ParamId::SkilledMigration, "hc.skilled_migration", G::HumanCapital, K::Continuous, "per_year",
   0.0, 0.0, 0.05, 0.001, 3, true, "prior",
   "Skilled in-migration", "Thu hút nhân lực có kỹ năng",
   "Years of workforce schooling added each year by net skilled in-migration.",
   "Số năm đi học bình quân của lực lượng lao động tăng thêm mỗi năm nhờ thu hút nhân lực có kỹ năng."},
  {ParamId::RndPct, "hc.rnd_pct", G::HumanCapital, K::Continuous, "pct_grdp",
   0.5, 0.0, 4.0, 0.1, 1, true, "prior",
   "R&D and innovation spending", "Chi cho nghiên cứu và đổi mới sáng tạo",
   "Spending on R&D and the innovation ecosystem, % of GRDP.",
   "Chi cho nghiên cứu, phát triển và hệ sinh thái đổi mới sáng tạo, tính theo % GRDP."},
  // --- Assumptions --------------------------------------------------------------------
  {ParamId::Alpha, "assume.alpha", G::Assumptions, K::Continuous, "share",
   0.35, 0.30, 0.50, 0.01, 2, true, "prior (no authoritative capital share for Vietnam)",
   "Private capital elasticity α", "Độ co giãn theo vốn tư nhân α",
   "Output elasticity of private capital.",
   "Độ co giãn của sản lượng theo vốn tư nhân."},
  {ParamId::Beta, "assume.beta", G::Assumptions, K::Continuous, "share",
   0.10, 0.0, 0.20, 0.005, 3, false,
   "Bom & Ligthart (2014): 0.083 short run, 0.122 long run; World Bank PRWP 11272 (2025): about 0.20. "
   "Literature range 0.05–0.20; 0 allowed to switch infrastructure off",
   "Public capital elasticity β", "Độ co giãn theo vốn hạ tầng công β",
   "Output elasticity of public infrastructure capital.",
   "Độ co giãn của sản lượng theo vốn hạ tầng công."},
  {ParamId::DeltaPrivate, "assume.delta_private", G::Assumptions, K::Continuous, "per_year",
   0.05, 0.03, 0.08, 0.005, 3, true, "prior",
   "Private capital depreciation δp", "Khấu hao vốn tư nhân δp",
   "Share of the private capital stock worn out each year.",
   "Phần vốn tư nhân bị hao mòn mỗi năm."},
  {ParamId::DeltaPublic, "assume.delta_public", G::Assumptions, K::Continuous, "per_year",
   0.04, 0.03, 0.08, 0.005, 3, true, "prior",
   "Public capital depreciation δg", "Khấu hao vốn hạ tầng công δg",
   "Share of the public infrastructure stock worn out each year.",
   "Phần vốn hạ tầng công bị hao mòn mỗi năm."},
  {ParamId::Lambda, "assume.lambda", G::Assumptions, K::Continuous, "per_year",
   0.02, 0.0, 0.05, 0.005, 3, true, "prior (LTGM convention 0.01–0.03)",
   "Fading of TFP gains λ", "Tốc độ suy giảm lợi ích TFP λ",
   "TFP growth lost per log point of TFP above the baseline path: reform gains fade as the catch-up slows.",
   "Tăng trưởng TFP giảm đi trên mỗi điểm log TFP cao hơn đường cơ sở: lợi ích cải cách phai dần khi đà đuổi kịp chậm lại."},
  {ParamId::GammaInstitutions, "assume.gamma_inst", G::Assumptions, K::Continuous, "pp",
   0.3, 0.0, 1.0, 0.05, 2, true, "prior (evidence linking PCI to growth is mixed)",
   "TFP effect of institutions γI", "Tác động của thể chế lên TFP γI",
   "Extra TFP growth (pp/yr) per 10 index points above the base level.",
   "Tăng trưởng TFP tăng thêm (điểm %/năm) với mỗi 10 điểm chỉ số thể chế so với năm gốc."},
  {ParamId::GammaRnd, "assume.gamma_rnd", G::Assumptions, K::Continuous, "pp",
   0.2, 0.0, 0.6, 0.01, 2, true, "prior (social returns to R&D of 20–50 %)",
   "TFP effect of R&D γR", "Tác động của R&D lên TFP γR",
   "Extra TFP growth (pp/yr) per extra 1 % of GRDP spent on R&D.",
   "Tăng trưởng TFP tăng thêm (điểm %/năm) khi chi R&D tăng thêm 1 % GRDP."},
  {ParamId::GammaDigital, "assume.gamma_digital", G::Assumptions, K::Continuous, "pp",
   0.3, 0.0, 1.0, 0.05, 2, true, "prior",
   "TFP effect of digital government γD", "Tác động của chính quyền số lên TFP γD",
   "Extra TFP growth (pp/yr) from going from none to full digital government.",
   "Tăng trưởng TFP tăng thêm (điểm %/năm) khi chính quyền số từ chưa có đến hoàn thành."},
  {ParamId::UsdDriftPct, "assume.usd_drift_pct", G::Assumptions, K::Continuous, "pct",
   2.0, -1.0, 4.0, 0.1, 1, false,
   "C: rise of the USD price of output from 2010 to 2025 (deflator over conversion rate; Vietnam's deflator to "
   "2019, Hanoi's implied deflator after): 2.0 %/yr; from 2011 1.4, from 2015 1.1, from 2020 0.6; US CPI ≈ 2.6 %/yr",
   "USD price drift", "Trượt giá tính theo USD",
   "A price assumption, not a policy: yearly rise of the USD price of Hanoi's output. Moves current-USD "
   "figures only.",
   "Giả định về giá, không phải chính sách: mức tăng hằng năm của giá sản phẩm Hà Nội tính bằng USD. "
   "Chỉ làm thay đổi các số liệu theo USD hiện hành."},
  {ParamId::PrivateInvestmentPct, "assume.private_investment_pct", G::Assumptions, K::Continuous, "pct_grdp",
   29.5, 15.0, 40.0, 0.5, 1, false,
   "C: total social investment 37–39 % of GRDP (2024) less the city's disbursed plan (3.6 %) and other state "
   "infrastructure (5 %); non-state + FDI are 63 % of the total (≈ 24 % of GRDP), the rest state enterprises' "
   "commercial investment",
   "Private investment rate", "Tỷ lệ đầu tư tư nhân",
   "Investment in private, FDI and state-enterprise commercial capital, % of GRDP.",
   "Đầu tư vào vốn sản xuất kinh doanh của khu vực tư nhân, FDI và doanh nghiệp nhà nước, tính theo % GRDP."},
  {ParamId::PopulationGrowthPct, "assume.population_growth_pct", G::Assumptions, K::Continuous, "pct",
   1.5, 0.0, 4.0, 0.1, 1, false,
   "C: 2019 census 8.05 M to 2025 ≈ 8.85 M (1.6 %/yr; 2020–25 1.3 %/yr); 2.2 %/yr in 2009–19",
   "Population growth", "Tăng dân số",
   "Yearly growth of Hanoi's population after the last data year.",
   "Tốc độ tăng dân số Hà Nội hằng năm sau năm có số liệu cuối cùng."},
  {ParamId::WorkingAgeShare, "assume.working_age_share", G::Assumptions, K::Continuous, "share",
   0.711, 0.60, 0.80, 0.001, 3, false,
   "C: working-age (15–64) share 71.1 % in 2023; value reached in 2050, linear from the base year",
   "Working-age share in 2050", "Tỷ lệ dân số trong độ tuổi lao động năm 2050",
   "Share of people aged 15–64 in 2050 (ageing lowers it).",
   "Tỷ lệ dân số 15–64 tuổi vào năm 2050 (già hóa dân số làm giảm tỷ lệ này)."},
  {ParamId::ParticipationRate, "assume.participation", G::Assumptions, K::Continuous, "share",
   0.78, 0.50, 0.95, 0.01, 2, true, "prior (value reached in 2050, linear from the base-year level 0.78)",
   "Labour-force participation in 2050", "Tỷ lệ tham gia lực lượng lao động năm 2050",
   "Share of working-age people in the labour force in 2050.",
   "Tỷ lệ người trong độ tuổi lao động tham gia lực lượng lao động vào năm 2050."},
  {ParamId::UnemploymentPct, "assume.unemployment_pct", G::Assumptions, K::Continuous, "pct",
   1.0, 0.0, 10.0, 0.1, 1, false,
   "B: 1.02 % in 2024; value reached in 2050, linear from the base year",
   "Unemployment in 2050", "Tỷ lệ thất nghiệp năm 2050",
   "Unemployment rate reached in 2050.",
   "Tỷ lệ thất nghiệp vào năm 2050."},
  {ParamId::CohortReplacementRate, "assume.replacement_rate", G::Assumptions, K::Continuous, "per_year",
   0.025, 0.01, 0.05, 0.001, 3, true, "prior (a working life of about 40 years)",
   "Workforce renewal rate", "Tốc độ thay thế lực lượng lao động",
   "Share of the workforce leaving each year; entrants replace them and fill the labour-force growth.",
   "Phần lực lượng lao động rời đi mỗi năm; người mới thay thế họ và bù phần lao động tăng thêm."},
  {ParamId::InitialSchoolingYears, "assume.initial_schooling_years", G::Assumptions, K::Continuous, "years",
   10.0, 7.0, 13.0, 0.1, 1, true, "prior (Vietnam 8.2 years in 2017, UNDP; Hanoi not confirmed, higher)",
   "Workforce schooling in the base year", "Số năm đi học của lực lượng lao động năm gốc",
   "Mean years of schooling of Hanoi's workforce in the base year.",
   "Số năm đi học bình quân của lực lượng lao động Hà Nội tại năm gốc."},
  {ParamId::SchoolingReturns, "assume.schooling_returns", G::Assumptions, K::Choice, "choice",
   2.0, 0.0, 2.0, 1.0, 0, false,
   "2: Bils & Klenow (2000) smooth falling returns, φ(S) = 0.32/0.42·S^0.42 (13.4 % at 4 years, 8.4 % at 10); "
   "0: Hall & Jones (1999) piecewise 13.4/10.1/6.8 %; 1: flat 10 % for Vietnam (Patrinos et al. 2018, WB PRWP 8679)",
   "Returns to schooling", "Suất sinh lợi của giáo dục",
   "0 = Hall–Jones piecewise, 1 = flat 10 % per year, 2 = smooth falling returns (Bils–Klenow).",
   "0 = suất sinh lợi theo Hall–Jones, 1 = 10 % cho mỗi năm đi học, 2 = suất sinh lợi giảm dần liên tục (Bils–Klenow)."},
  {ParamId::InstInvestmentLink, "assume.inst_investment_link", G::Assumptions, K::Continuous, "pp",
   0.5, 0.0, 2.0, 0.1, 1, true, "prior",
   "Institutions → private investment", "Thể chế → đầu tư tư nhân",
   "Extra private investment (pp of GRDP) per 10 index points.",
   "Đầu tư tư nhân tăng thêm (điểm % GRDP) với mỗi 10 điểm chỉ số thể chế."},
  {ParamId::InstEfficiencyLink, "assume.inst_efficiency_link", G::Assumptions, K::Continuous, "share",
   0.02, 0.0, 0.10, 0.005, 3, true, "prior",
   "Institutions → investment efficiency", "Thể chế → hiệu quả đầu tư công",
   "Extra public investment efficiency ε per 10 index points (ε stays ≤ 1).",
   "Hiệu quả đầu tư công ε tăng thêm với mỗi 10 điểm chỉ số thể chế (ε không vượt quá 1)."},
  {ParamId::VndDeflatorPct, "assume.vnd_deflator_pct", G::Assumptions, K::Continuous, "pct",
   4.0, 0.0, 10.0, 0.1, 1, false,
   "C: rise of the VND price of output from 2010 to 2025 (Vietnam's GDP deflator to 2019, Hanoi's implied "
   "deflator after): 4.0 %/yr; from 2011 2.9; with the USD drift it implies 1.96 %/yr depreciation (data: 1.98)",
   "VND price inflation", "Lạm phát giá tính bằng VND",
   "A price assumption, not a policy: yearly rise of the VND price of Hanoi's output (GRDP deflator). "
   "Moves current-VND figures only.",
   "Giả định về giá, không phải chính sách: mức tăng hằng năm của giá sản phẩm Hà Nội tính bằng VND "
   "(chỉ số giảm phát GRDP). Chỉ làm thay đổi các số liệu theo giá hiện hành bằng VND."},
  {ParamId::TrendFirstYear, "assume.trend_first_year", G::Assumptions, K::Integer, "year",
   2011.0, 2011.0, 2019.0, 1.0, 0, false,
   "A/B: yearly growth data from 2011 (2011–15 and 2016–20 averages fill the unconfirmed years); "
   "the window ends in the base year",
   "First year of the trend window", "Năm đầu của giai đoạn tính xu hướng",
   "Trend growth is the average real growth from this year to the base year.",
   "Tăng trưởng xu hướng là tăng trưởng thực bình quân từ năm này đến năm gốc."},
  {ParamId::TrendExcludesCovid, "assume.trend_excludes_covid", G::Assumptions, K::Choice, "choice",
   1.0, 0.0, 1.0, 1.0, 0, false,
   "B: Hanoi growth 3.98 % (2020) and 2.92 % (2021) against ≈ 7.5 % before; s.d. 2.0 pp with, 0.94 pp without",
   "Trend leaves out COVID", "Bỏ các năm COVID khỏi xu hướng",
   "1 = the trend window leaves out 2020–21, 0 = it keeps them.",
   "1 = không tính 2020–2021 vào giai đoạn xu hướng, 0 = có tính."},
  {ParamId::LongRunGrowthPct, "assume.long_run_growth_pct", G::Assumptions, K::Continuous, "pct",
   3.0, 1.0, 6.0, 0.1, 1, true,
   "prior (Pritchett & Summers 2014, Asiaphoria meets regression to the mean: growth regresses to the world "
   "mean of about 2 % per person; 1 pp added for a middle-income economy still catching up)",
   "Long-run growth per worker", "Tăng trưởng dài hạn trên mỗi lao động",
   "Growth of output per worker, excluding schooling, that trend growth regresses toward.",
   "Tăng trưởng sản lượng trên mỗi lao động (không tính giáo dục) mà tăng trưởng xu hướng dần tiến về."},
  {ParamId::GrowthRegression, "assume.growth_regression", G::Assumptions, K::Continuous, "per_year",
   0.05, 0.0, 0.15, 0.005, 3, true,
   "prior (Pritchett & Summers 2014: decade-on-decade persistence of growth about 0.2–0.5, so 0.07–0.15 a "
   "year across countries; 0.05, a half-life of 14 years, for a city with a steady record; 0 switches it off)",
   "Regression to the mean", "Hồi quy về mức trung bình",
   "Share of the gap between trend and long-run TFP growth that closes each year.",
   "Phần chênh lệch giữa tăng trưởng TFP xu hướng và dài hạn được thu hẹp mỗi năm."},
  {ParamId::OtherPublicInvestmentPct, "assume.other_public_investment_pct", G::Assumptions, K::Continuous, "pct_grdp",
   5.0, 2.0, 12.0, 0.1, 1, true,
   "prior (state investment is 36–38 % of Hanoi's social investment (A), ≈ 14 % of GRDP; less the city's "
   "disbursed plan (3.6 %) ≈ 10 %; half of it taken as infrastructure (central budget, ODA, state utilities), "
   "the rest as state enterprises' commercial capital)",
   "Other state infrastructure investment", "Đầu tư hạ tầng khác của Nhà nước",
   "Infrastructure in Hanoi paid by the central budget, ODA and state utilities, % of GRDP (disbursed).",
   "Hạ tầng tại Hà Nội do ngân sách trung ương, vốn ODA và doanh nghiệp nhà nước cung cấp dịch vụ công "
   "đầu tư, tính theo % GRDP (đã giải ngân)."},
  {ParamId::FinancingBorrowedPct, "assume.financing_borrowed_pct", G::Assumptions, K::Continuous, "pct",
   30.0, 0.0, 100.0, 1.0, 0, true,
   "prior (the city borrows through bonds and on-lent ODA within a legal debt limit; most of its investment "
   "is paid from the budget and land revenue)",
   "Extra spending borrowed", "Phần chi tăng thêm được vay",
   "Share of public investment and R&D above the baseline paid by city borrowing.",
   "Phần đầu tư công và chi R&D vượt mức cơ sở được tài trợ bằng vay nợ của thành phố."},
  {ParamId::FinancingCrowdingOutPct, "assume.financing_crowding_out_pct", G::Assumptions, K::Continuous, "pct",
   50.0, 0.0, 100.0, 1.0, 0, true,
   "prior (taxes, fees and land revenue fall partly on firms; LTGM-PC lets the user choose the financing mix)",
   "Unborrowed spending taken from private investment", "Phần không vay lấy từ đầu tư tư nhân",
   "Share of the extra spending not borrowed that displaces private investment; the rest is cut from other "
   "city spending.",
   "Phần chi tăng thêm không đi vay làm giảm đầu tư tư nhân; phần còn lại cắt từ các khoản chi khác "
   "của thành phố."},
  {ParamId::CityDebtLimitPct, "assume.city_debt_limit_pct", G::Assumptions, K::Continuous, "pct_grdp",
   9.0, 2.0, 20.0, 0.5, 1, true,
   "prior (debt at most 90 % of the city's retained revenue, National Assembly Resolution 115/2020/QH14, B; "
   "60 % under the State Budget Law 2015; retained revenue ≈ 10 % of GRDP, not confirmed; today's debt taken as 0)",
   "City debt limit", "Hạn mức dư nợ của thành phố",
   "Debt from extra spending above which a plausibility warning appears, % of GRDP.",
   "Mức dư nợ do chi tăng thêm mà vượt quá sẽ có cảnh báo tính khả thi, tính theo % GRDP."},
  {ParamId::CityBudgetPct, "assume.city_budget_pct", G::Assumptions, K::Continuous, "pct_grdp",
   10.0, 5.0, 20.0, 0.5, 1, true,
   "prior (Hanoi's local budget spending is roughly a tenth of GRDP; not confirmed in the data files)",
   "City budget", "Ngân sách thành phố",
   "City budget spending, % of GRDP; extra spending cut from it above a quarter warns.",
   "Chi ngân sách thành phố, tính theo % GRDP; cắt hơn một phần tư ngân sách cho chi tăng thêm sẽ có cảnh báo."},
}};
// clang-format on

// Table order must match ParamId: checked once at compile time.
constexpr bool tableInOrder() {
  for (int i = 0; i < kParamCount; ++i)
    if (static_cast<int>(kSpecs[i].param) != i) return false;
  return true;
}
static_assert(tableInOrder(), "kSpecs must be indexed by ParamId");

bool isWhole(double v) { return std::floor(v) == v; }

}  // namespace

const std::array<ParamSpec, kParamCount>& paramSpecs() { return kSpecs; }

const ParamSpec& spec(ParamId p) { return kSpecs[static_cast<int>(p)]; }

std::optional<ParamId> findParam(std::string_view id) {
  for (const ParamSpec& s : kSpecs)
    if (s.id == id) return s.param;
  return std::nullopt;
}

Scenario Scenario::defaults() {
  Scenario s;
  for (const ParamSpec& p : kSpecs) s.at(p.param).value = p.defaultValue;
  return s;
}

// Base years the model can start from: 2019 is the first year with GRDP/person data.
constexpr int kFirstBaseYear = 2019;
constexpr int kMaxPhaseInYears = 30;

std::optional<ValidationError> validate(const Scenario& s) {
  if (s.baseYear < kFirstBaseYear || s.baseYear > kLastHistoryYear)
    return ValidationError{ParamId::Count, double(s.baseYear),
                           "base year must be between 2019 and 2025 (years with GRDP/person data)"};
  for (const ParamSpec& p : kSpecs) {
    const ParamSetting& set = s.at(p.param);
    const double v = set.value;
    if (!std::isfinite(v)) return ValidationError{p.param, v, "value is not a finite number"};
    if (v < p.minValue || v > p.maxValue) return ValidationError{p.param, v, "value is outside its range"};
    if (p.kind != ParamKind::Continuous && !isWhole(v))
      return ValidationError{p.param, v, "value must be a whole number"};
    if (isLever(p.group)) {
      if (set.startYear < kFirstHistoryYear || set.startYear > kLastYear)
        return ValidationError{p.param, double(set.startYear), "start year must be between 2010 and 2050"};
      if (set.phaseInYears < 0 || set.phaseInYears > kMaxPhaseInYears)
        return ValidationError{p.param, double(set.phaseInYears), "phase-in must be between 0 and 30 years"};
    }
  }
  return std::nullopt;
}

}  // namespace h2045
