// Over 300 lines on purpose: the pane's Chinese catalogue, in the order of enUS.ts (see there).
import type { Messages, ProblemText } from "./enUS";
import { domainTerms } from "./domainTerms";
import { formatNumber } from "./formatNumber";

/** one formatter for every progress update: Number.toLocaleString with a locale builds a new one per call */
const ZH_COUNT = new Intl.NumberFormat("zh-CN");

/** 任务窗格的中文文本（与 enUS 键相同）。 */
export const zhCN: Messages = {
  ...domainTerms("zh-CN"),
  appTitle: "CX Gap 体验差距",
  appSubtitle: "用本工作簿中的调查数据分析客户体验差距",
  stepsLabel: "向导步骤",
  steps: { data: "数据", model: "模型", review: "检查", write: "写入" },
  stepTitles: {
    data: "调查数据",
    model: "分析方式",
    review: "调查结果",
    write: "写入结果",
  },
  stepOf: (step, total) => `第 ${step} 步，共 ${total} 步`,
  back: "上一步",
  next: "下一步",
  retry: "重试",
  nextBlocked: {
    data: "调查中至少有一对期望–感知题项后，才能进入下一步。",
    model: "至少一个题项有分组、且权重合计为 100 后，才能进入下一步。",
    review: "分析完成且没有阻止写入的问题后，才能进入下一步。",
    write: "",
  },
  analysisProgress: "正在分析调查数据…",

  dataIntro:
    "在工作表中选中调查数据（第一行为标题，每行一位受访者），然后点击“使用所选区域”。只选一个单元格时，将使用它所在的表格或区域。",
  useSelection: "使用所选区域",
  reading: "正在读取调查数据…",
  readProgress: (read, total) => `已读取 ${ZH_COUNT.format(read)} / ${ZH_COUNT.format(total)} 行`,
  surveySummary: (respondents, columns, address) => `${respondents} 位受访者，${columns} 列（${address}）`,
  surveyLeftOut: (totalRow, hiddenRows) =>
    `未计入表格的：${[totalRow ? "汇总行" : "", hiddenRows > 0 ? `筛选隐藏的 ${hiddenRows} 行` : ""]
      .filter((part) => part !== "")
      .join("和")}。`,
  detectedScale: (bottom, top) => `评分量表：${bottom}–${top}`,
  pairsFound: (pairs) => `${pairs} 对期望–感知题项`,
  rolesTableLabel: "列的角色",
  columnHeader: "列",
  roleHeader: "角色",
  itemHeader: "题项",
  roleOf: (header) => `${header} 的角色`,
  roleGroupsHint: "每列被识别为什么。展开一组可更正某列的角色。",
  roleGroups: {
    respondentId: (n) => (n === 1 ? "受访者编号" : `${n} 个受访者编号列`),
    segment: (n) => `${n} 个分组列（门店、渠道等）`,
    expectation: (n) => `${n} 个期望题项`,
    perception: (n) => `${n} 个感知题项`,
    importance: (n) => `${n} 个重要性题项`,
    overall: (n) => (n === 1 ? "总体满意度" : `${n} 个总体满意度列`),
    kanoFunctional: (n) => `${n} 个 Kano 正向问题（具备该功能时）`,
    kanoDysfunctional: (n) => `${n} 个 Kano 反向问题（不具备该功能时）`,
    recommend: (n) => (n === 1 ? "推荐意愿（0–10，净推荐值）" : `${n} 个推荐意愿列`),
    wave: (n) => (n === 1 ? "1 个波次列（季度、调查期次或日期）" : `${n} 个波次列`),
    ignore: (n) => `${n} 列不参与分析`,
  },
  itemNamesTitle: (named, total) => `题项名称（已命名 ${named} / ${total}）`,
  itemNamesHint: "结果中用这些名称称呼各题项。名称取自标题中的题目文字或标准 SERVQUAL 陈述，可在此修改。",
  nameOf: (item) => `${item} 的名称`,
  roles: {
    respondentId: "受访者编号",
    segment: "分组",
    expectation: "期望",
    perception: "感知",
    importance: "重要性",
    overall: "总体满意度",
    kanoFunctional: "Kano：正向（具备时）",
    kanoDysfunctional: "Kano：反向（不具备时）",
    recommend: "推荐意愿（0–10）",
    wave: "波次（季度、期次、日期）",
    ignore: "忽略",
  },
  savedSettingsFound: "本工作簿保存了之前一次分析的设置。",
  savedSettingsJustWritten: "调查回答有改动或新增？点“刷新”即按当前调查数据重复这次分析。",
  refresh: "刷新",
  refreshing: "正在刷新…",
  refreshDone: (sheet) => `已刷新：结果已写入“${sheet}”。`,
  refreshConfirmTitle: "替换之前的结果？",
  refreshConfirmIntro:
    "刷新会按当前的调查数据重新分析，并替换 CX Gap 的以下工作表（连同您在其中添加的内容）：",
  refreshConfirmSheet: (sheet, kind) => `“${sheet}”：${kind === "summary" ? "摘要" : "明细（统计表和图表）"}`,
  actionPlanKept: (sheet) => `“${sheet}”原地更新：您在负责人、完成日期、状态和备注中填写的内容会保留。`,
  refreshConfirmNothingElse: "其他工作表不会改变。",
  refreshConfirm: "替换并刷新",
  cancel: "取消",
  replaceDeclined: {
    notConfirmed: "之前的结果工作表已保留：在您同意替换之后，它的名称改变了。新的工作表写在它旁边。",
    notOurs:
      "之前的结果工作表已保留：它已不再带有 CX Gap 的标记和题项表，可能是您自己的工作表。新的工作表写在它旁边。",
  },

  frameworkChoice: {
    label: "题项如何归类",
    names: {
      servqual22: "标准服务质量模型（SERVQUAL，22 题）",
      experienceContents: "六类体验内容",
      journey: "顾客旅程：售前、售中、售后",
      custom: "自定义分组",
    },
    meanings: {
      servqual22: "把 22 条标准陈述归入五个方面：有形性、可靠性、响应性、保证性和移情性。",
      experienceContents:
        "把题项归入产品、服务、关系、便利、品牌形象和价格。名称已说明类别的题项会自动归类。",
      journey:
        "把每个接触点归入购买的一个阶段：售前、售中或售后。标题写明阶段（售前、pre-sale、Before: 等）或典型接触点（官网、结账、配送等）的题项会自动归类。",
      custom: "为每个题项输入分组名称（例如收银、配送）。",
    },
  },
  contentsGuideTitle: "请把每个题项归入六类体验内容之一",
  contentsGuide: (count, total) =>
    count === total
      ? `${total} 个题项的名称都看不出所属类别，请在下方为每个题项选择类别。`
      : `${total} 个题项中有 ${count} 个无法从名称归类，请在下方为它们选择类别。`,
  mappingTableLabel: "各题项所属维度",
  dimensionOf: (item) => `题项 ${item} 的维度`,
  dimensionPlaceholder: "选择或输入维度",
  unmappedItems: (count) => `${count} 个题项没有维度，不计入维度得分。`,
  useWeights: "给部分分组更多权重（共分 100 点）",
  weightOf: (dimension) => `${dimension} 的点数`,
  weightsTotal: (total) => `合计：${formatNumber(total, 0)} / 100 点`,
  weightsMustSum: (total) => `点数合计为 ${formatNumber(total, 1)}，请调整为合计 100。`,
  weightsNegative: "点数不能为负数。",
  crosshairChoice: {
    label: "优先矩阵的高低分界",
    names: {
      mean: "平均值",
      median: "居中的题项（中位数）",
      scale: "评分量表的中点",
    },
    meanings: {
      mean: "高于所有题项平均值的题项，算作重要或做得好。",
      median: "一半题项算作重要，一半算作次要；个别极端题项不会移动分界。",
      scale: "例如在 1–7 分量表上，高于 4 分即算重要或做得好，与其他题项无关。",
    },
  },
  outputChoice: {
    label: "结果写入方式",
    names: {
      values: "固定数值",
      formulas: "实时公式（=CX…）",
    },
    meanings: {
      values: "结果写入后保持不变；调查数据变化后点“刷新”。",
      formulas: "调查中的回答变化时，结果自动重算。",
    },
  },
  formulasWhatStaysNumbers:
    "实时公式：各题项的差距（=CX.GAP）、维度得分（=CX.SERVQUAL）、关键体验（=CX.KEYEXP）和经典优先矩阵（=CX.IPA）。其余数字以固定数值写入，由“刷新”更新：题项表中的均值、样本量、缺失数、标准差、置信区间、t 和 p，各维度的受访者人数，以及摘要和行动计划。卡诺、NPS 与 CSAT、信度、推导重要性、门店比较和随时间变化的表格同样是固定数值：它们包含单个公式给不出的内容（课程中的期望类型、Holm 校正后的比较、表现最差的门店）；如需实时计算这些指标，可在自己的单元格中使用 =CX.KANO、=CX.NPS、=CX.CSAT、=CX.ALPHA、=CX.DRIVERS 和 =CX.SEGMENTS。写入后，任务窗格会列出这些列。",

  analyzing: "正在分析…",
  respondentsAndMissing: (n, missing) => `${n} 位受访者 · ${missing} 个缺失回答`,
  overallGap: (gap) => `总体差距（感知 − 期望）：${formatNumber(gap)}`,
  weightedScore: (score) => `加权 SERVQUAL 得分：${formatNumber(score)}`,
  dimensionGapsTitle: "各维度差距",
  dimensionHeader: "维度",
  expectationHeader: "期望",
  perceptionHeader: "感知",
  gapHeader: "差距",
  keyExperiencesTitle: "关键体验（前几位）",
  importanceStated: "重要性：受访者对各题项给出的重要性评分。",
  importanceDerived: "重要性：各题项与总体满意度的相关系数（调查中没有重要性列）。",
  importanceRelativeWeights: (outcome) =>
    `重要性：各题项对${outcome === "overall" ? "总体满意度" : "推荐意愿"}解释力的份额（Johnson 相对权重，合计 100 分；调查中没有重要性列）。`,
  rankHeader: "排名",
  importanceHeader: "重要性",
  performanceHeader: "表现",
  scoreHeader: "得分",
  shortfallHeader: "低于期望",
  keyExperiencesRanking:
    "按“重要性 × 体验低于顾客期望的程度”排序，这个乘积就是摘要表中的“优先度”，摘要表“排名”为 1 的题项最先改进。",
  keyExperiencesBasicFirst:
    "未满足的基本期望（卡诺：必备型）无论乘积大小都排在最前：顾客视之为理所当然，缺失就会流失顾客。",
  unmetBasicItem: (item, basic) => `${item} · ${basic}`,
  priorityMatrixTitle: "优先矩阵",
  crosshairAt: (importance, performance) =>
    `高低分界：重要性 ${formatNumber(importance)}，表现 ${formatNumber(performance)}。`,
  gapMatrixSplit: (importance) =>
    `重要性以 ${formatNumber(importance)} 分高低。另一条轴是差距（感知 − 期望），以 0 为界：低于 0 表示顾客得到的少于期望。`,
  segmentFilterLabel: (header) => `查看哪部分受访者的结果（${header}）`,
  allRespondents: "全部受访者",
  segmentOption: (segment, respondents) => `${segment}（${respondents} 位受访者）`,
  segmentFacts: (respondents, gap) => `${respondents} 位受访者 · 此处总体差距 ${formatNumber(gap)}`,
  segmentVersusRest: (difference, adjustedP, significant) =>
    significant
      ? `平均题项差距比其他受访者${difference < 0 ? "差" : "好"} ${formatNumber(Math.abs(difference))} 分（Welch t 检验，Holm 校正 p ${formatNumber(adjustedP, 3)}）。`
      : `与其他受访者没有明显差别（Welch t 检验，Holm 校正 p ${formatNumber(adjustedP, 3)}）。`,
  segmentDimensionsTitle: "此处各维度差距",
  hereHeader: "此处",
  everyoneHeader: "全部",
  segmentFixesTitle: "此处优先改进",
  segmentFixesNote: "与摘要的排序相同：重要性 × 此处体验低于期望的程度。",
  segmentNoFixes: "此处没有低于期望的题项。",
  gapHereHeader: "此处差距",
  worstHereTitle: "在此处最差的优先改进题项",
  worstHereItem: (item, gap) => `${item}（差距 ${formatNumber(gap)}）`,
  worstHereNone: "优先改进题项中没有在此处最差的。",
  quadrantHeader: "象限",
  quadrantMeaningsTitle: "各象限的含义",
  nothingToWrite: "请先解决上面的问题，再写入结果。",
  kanoTitle: "期望类型（Kano）",
  kanoNote: (scale) =>
    `由每个功能的一对问题（具备时 / 不具备时，${scale} 级回答）得出。基本期望：视为理所当然；期望期望：越多越好；兴奋期望：带来惊喜，没有也不会不满。强度：领先次一类别多少；显著：Fong 检验。`,
  kanoFeatureHeader: "功能",
  kanoFeatureLabel: (feature) => `功能 ${feature}`,
  kanoKindHeader: "期望类型",
  kanoStrengthHeader: "强度",
  kanoClearHeader: "显著",
  kanoClearYes: "是",
  kanoClearNo: "否",
  kanoSameAs: (item) => `差距题项：${item}`,
  kanoAlsoGapItem: "也是差距题项",
  kanoDelight: (names) => `可在改进之后安排惊喜时刻的功能：${names.join("、")}。`,

  writeIntro: "将写入摘要、行动计划和明细三张工作表，包含表格和原生图表。这些工作表以外的内容不会改变。",
  replaceEarlier: (sheet, summary) =>
    summary === undefined ? `替换之前的结果工作表“${sheet}”` : `替换之前的结果工作表“${summary}”和“${sheet}”`,
  writeResults: "写入结果工作表",
  replaceResults: "替换结果工作表",
  writeNewResults: "另写一个新的结果工作表",
  writing: "正在写入…",
  written: (sheet) => `结果已写入“${sheet}”。`,
  replaced: (sheet) => `已替换结果工作表“${sheet}”。`,
  goToResults: "查看结果",
  tablesWritten: (count) => `${count} 个表格`,
  sheetsWritten: (count, replaced) =>
    replaced ? `已替换之前的结果：写入 ${count} 张工作表。` : `结果已写入 ${count} 张工作表。`,
  writtenSheet: {
    summary: (sheet, contents) => `“${sheet}”（摘要）：${contents}`,
    details: (sheet, contents) => `“${sheet}”（明细）：${contents}`,
    actionPlan: (sheet, items, kept, surprises = 0) =>
      `“${sheet}”（行动计划）：${items} 个待改进题项${surprises > 0 ? `，${surprises} 个可策划的惊喜时刻` : ""}${kept > 0 ? `，保留了您填写的 ${kept} 行` : ""}`,
  },
  valueColumns: (block, columns, reason) =>
    `${block}：${columns.join("、")}以固定数值写入，而非公式，因为${reason}“刷新”会更新它们。`,
  valueColumnReasons: {
    noFunction: "没有 CX 函数计算它们。",
    statisticsInRows: "=CX.GAP(…, TRUE) 把它们放在每个题项下方的行中，而此表每个题项占一行。",
  },
  chartsDrawn: (count) => `${count} 个图表`,
  chartSkipped: (chart, missing) =>
    `未绘制图表“${chart}”：当前 Excel 缺少 ${missing}。表格已完整写入；更新 Excel 后即可绘制该图表。`,
  chartRejected: (chart) =>
    `Excel 拒绝绘制图表“${chart}”。表格已完整写入；可再次写入，或根据表格自行绘制该图表。`,
  formulaFallback: (block, reason) => `${block}：以数值写入，而非实时公式，因为${reason}`,
  formulaBlocks: {
    itemGaps: "条目差距",
    dimensionScores: "维度得分",
    keyExperiences: "关键体验",
    priorityMatrix: "象限",
  },
  formulaFallbackReasons: {
    surveyRowsUnavailable: "无法读取调查单元格，无法核对公式结果是否一致。",
    answersNotNumbers: "部分答案单元格含有文本、以文本存储的数字或错误值，公式会以不同方式读取。",
    answersOutOfScale: "部分答案超出量表范围：分析时已排除，公式却会计入。",
    nonContiguousColumns: "同类条目的列没有按条目顺序相邻排列。",
    unpairedAnswers: "部分受访者只回答了某条目的期望或感知之一。",
    importanceDerived: "重要性由总体满意度或推荐意愿推算，CX.KEYEXP 无法以公式接收。",
    itemsLeftOut: "分析排除了部分条目（无维度、无答案或无重要性）。",
    gapMatrix: "优先矩阵按差距（体验 − 期望）划分象限，CX.IPA 不计算差距，因此象限保留为数值。",
    dimensionNamedOverall:
      "有一个维度名为“总体”（Overall），与 CX.SERVQUAL 的汇总行同名，公式会拒绝；请改名后再写入公式。",
    hiddenRowsLeftOut: "表格的筛选隐藏了部分行：分析时已排除，公式却会计入表格列中的所有行。",
  },
  charts: {
    dimensionBars: "各维度期望与感知对比",
    priorityMatrix: "重要性–表现矩阵",
    servqualRadar: "SERVQUAL 维度雷达图",
    dimensionGaps: "各维度差距",
    priorityBars: "优先改进（摘要）",
    kanoBetterWorse: "Kano Better–Worse 图",
    npsBySegment: "各分组净推荐值及 95% 置信区间",
    waveLines: "各波次差距（折线图）",
  },

  waves: {
    found: (header, waves) =>
      waves.length === 1
        ? `“${header}”目前只有一个波次：${waves[0]}。加入下一波次的数据后即可看到变化。`
        : `“${header}”共有 ${waves.length} 个波次（由早到晚）：${waves.join("、")}。结果比较最近两个波次。`,
    waveWithCount: (wave, respondents) => `${wave}（${respondents} 人）`,
    periodLabel: "按什么把日期分成波次",
    periodAutomatic: "按日期分布（调查日少：每天一个波次；否则按季度）",
    periods: {
      asWritten: "每个日期",
      month: "月",
      quarter: "季度",
      year: "年",
    },
    changeTitle: "随时间的变化",
    changeFrom: (previous, last) => `从 ${previous} 到 ${last} 的变化`,
    method:
      "最近一波次的差距减去前一波次。采用 Welch t 检验；对所有维度（或题项）同时检验做校正后 p 小于 0.05 即为显著。",
    changeHeader: "变化",
    verdictHeader: "结论",
    verdict: (direction, significant) =>
      direction === "unchanged"
        ? "无变化"
        : `${direction === "improved" ? "改善" : "变差"}${significant ? "，显著" : "，不显著"}`,
    overall: "总体",
    oneWave: (wave) =>
      `所有回答都属于同一波次（${wave}）。把下一波次的数据加入调查表并点“刷新”即可看到变化。`,
    noItemSignificant: "没有题项发生显著变化。",
    itemsSignificant: (items) => `发生显著变化的题项：${items.join("、")}。`,
    journeyTitle: "顾客旅程",
    journeyMissed: (stage, gap) => `期望落空最多的阶段是${stage}（差距 ${formatNumber(gap)}）。`,
    journeyMet: "各阶段平均都达到了期望。",
  },

  hostErrors: {
    cellEditMode: "Excel 正在编辑单元格。请在工作表中按 Enter 或 Esc，然后重试。",
    protectedSheet: "工作表或工作簿受保护。请取消保护（审阅 › 撤消工作表保护）后重试。",
    accessDenied:
      "Excel 拒绝了此更改。可能是工作表或工作簿受保护（审阅 › 撤消保护），文件为只读或仅供查看，或共享给您时没有编辑权限。请使其可编辑后重试。",
    multipleSelection: "选中了多个区域。请把调查数据（包括标题行）作为一个区域选中，然后重试。",
    unsupportedApi: "此版本的 Excel 缺少加载项所需的功能。请更新 Excel 或使用 Excel 网页版。",
    emptySelection: "没有选中任何内容。请选中调查数据（包括标题行），然后点击“使用所选区域”。",
    notASurvey: "所选区域不是调查数据：需要一行标题和至少一行回答。",
    payloadTooLarge: "区域过大，无法一次读取。请选择较少的行或列。",
    hiddenTableColumns:
      "表格中有隐藏的列，而 Excel 只提供筛选后表格的可见列。请取消隐藏这些列（开始 › 格式 › 取消隐藏列），或只选中要分析的列，然后重试。",
    unknown: "Excel 报告了一个问题。",
  },
  missingRequirement: (sets) => `缺少：${sets}。`,

  problemTitles: { error: "无法分析", warning: "请检查", info: "说明" },
  measures: {
    headlineTitle: "推荐与满意度",
    nps: (nps, low, high, n) =>
      `净推荐值（NPS）${formatNumber(nps, 1)}（95% 置信区间 ${formatNumber(low, 1)} 至 ${formatNumber(high, 1)}，n = ${n}）。`,
    npsShares: (promoters, detractors) =>
      `推荐者（9–10 分）占 ${formatNumber(100 * promoters, 0)}%，贬损者（0–6 分）占 ${formatNumber(100 * detractors, 0)}%。`,
    csat: (csat, low, high, n) =>
      `满意率（CSAT）${formatNumber(100 * csat, 1)}%（95% 置信区间 ${formatNumber(100 * low, 1)}% 至 ${formatNumber(100 * high, 1)}%，n = ${n}）。`,
    csatCounts: (from, top, bottom) =>
      `满意：总体满意度 ${bottom}–${top} 分量表上答 ${from}–${top} 分（最高两档）。`,
    segmentHeader: "分组",
    npsHeader: "NPS",
    csatHeader: "CSAT",
    differs: "与其余不同",
    segmentsNote:
      "各分组与其余受访者比较（z 检验，p 值按 Holm 法对各分组校正）；标记表示在 p < 0.05 水平上有差异。",
    driversTitle: "推导重要性",
    driversNote: (outcome, items, rSquared, n) =>
      `以 ${items} 个感知题项对${outcome === "overall" ? "总体满意度" : "推荐意愿"}做 Johnson 相对权重分析（而非简单相关系数）：各题项在 R² = ${formatNumber(rSquared)} 中所占份额，合计 100 分（n = ${n}，即回答了全部题项的受访者）。`,
    driversFew: (n, needed) =>
      `只有 ${n} 位受访者回答了全部题项；稳定的权重至少需要 ${needed} 位（30 位，且每个题项 10 位）。请仅作粗略参考。`,
    driversNegative: (items) =>
      `方向为负（其他题项不变时，体验越好满意度反而越低）：${items}。这些题项与其他题项重叠，其权重参考意义有限。`,
    driversUnavailable: {
      fewRespondents: (n) => `无法推导重要性：只有 ${n} 位受访者回答了全部题项。`,
      noVariance: () => "无法推导重要性：某个题项或结果变量的回答全部相同。",
      collinear: () => "无法推导重要性：部分题项是其他题项的精确组合。",
    },
    derivedHeader: "推导（分）",
    statedRankHeader: "自述排名",
    reliabilityTitle: "各维度的题项是否在测量同一件事？",
    reliabilityNote:
      "各维度感知题项的 Cronbach α 及其 95% 置信区间（Feldt 法）；低于 0.7 说明该维度的题项不够一致。",
    alphaHeader: "α",
    intervalHeader: "95% 置信区间",
    lowAlpha: (dimension, alpha) =>
      `“${dimension}”的各题项测量的不是同一件事（α = ${formatNumber(alpha)}），解读其差距时请谨慎。`,
    oneItem: "仅一个题项：无 α",
  },
  problems: {
    noRows: () => "调查只有标题，没有回答。请选中标题行和受访者的各行。",
    noPairs: () => "没有找到期望–感知配对。请在表格中设置题项列的角色（同一题项的“期望”和“感知”）。",
    columnMissing: (p: ProblemText) =>
      `保存的设置中的列“${p.header}”已不在调查中。请恢复该列或重新运行向导。`,
    duplicateHeader: (p: ProblemText) => `标题“${p.header}”出现了两次，第二列被忽略。请重命名其中一列。`,
    unpairedColumn: (p: ProblemText) =>
      `“${p.header}”没有配对列。请补上对应的期望或感知列，或将其角色设为“忽略”。`,
    nonNumericAnswers: (p: ProblemText) =>
      `“${p.header}”中有 ${p.count} 个回答不是数字，按缺失处理。请在工作表中更正。`,
    outOfScale: (p: ProblemText) =>
      `“${p.header}”中有 ${p.count} 个回答超出量表范围，按缺失处理。请检查量表或数据。`,
    itemWithoutDimension: (p: ProblemText) => `题项 ${p.item} 没有维度。请在“模型”步骤中选择。`,
    dimensionWithoutAnswers: (p: ProblemText) => `没有受访者回答${p.dimension}的题项。`,
    tooFewRespondents: (p: ProblemText) =>
      `题项 ${p.item} 只有 ${p.count} 位受访者同时回答了两项；至少需要 2 位才能计算统计量。`,
    invalidWeights: () => "维度权重为负、全为零或包含未知维度。请在“模型”步骤中更正。",
    importanceDerived: () => "调查中没有重要性列，因此以各题项与总体满意度的相关系数作为重要性。",
    importanceUnavailable: () => "关键体验和优先矩阵需要重要性列或总体满意度列。请在“数据”步骤中设置。",
    importanceUndefined: (p: ProblemText) =>
      `题项 ${p.item} 的回答全部相同，无法计算与总体满意度的相关系数，已略去。`,
    servqualItemsMissing: (p: ProblemText) =>
      `SERVQUAL-22 需要题项 1–22，缺少 ${p.count} 个。请选择其他框架或自行对应题项。`,
    calculationFailed: (p: ProblemText) => `无法计算某个统计量（${p.functionName}：${p.reason}）。`,
    unpairedKanoColumn: (p: ProblemText) =>
      `Kano 问题“${p.header}”缺少配对（同一功能的正向与反向问题）。请补上配对列，或将其角色设为“忽略”。`,
    kanoAnswersUnread: (p: ProblemText) =>
      `“${p.header}”中有 ${p.count} 个回答不是 Kano 答案（1–5，或“喜欢”…“不喜欢”），按缺失处理。`,
    kanoFeatureUnanswered: (p: ProblemText) => `没有受访者同时回答功能 ${p.item} 的两个 Kano 问题，已略去。`,
    oneWaveOnly: (p: ProblemText) =>
      `全部 ${p.count} 位受访者都在同一波次，暂无变化可比较。把下一波次的数据加入调查表后点“刷新”。`,
    rowsWithoutWave: (p: ProblemText) =>
      `${p.count} 位受访者的波次为空或无法识别；他们计入总体结果，但不属于任何波次。请在表中补填其波次。`,
  },
};
