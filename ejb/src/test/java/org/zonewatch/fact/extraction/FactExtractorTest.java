package org.zonewatch.fact.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zonewatch.fact.corpus.Corpus;

/** The rules of SPEC §5 on sentences written for these tests (none is taken from the corpus). */
class FactExtractorTest {

    private final FactExtractor extractor = new FactExtractor();

    private List<ExtractedFact> facts(String text) {
        return extractor.extract(text);
    }

    /** The only fact of the text with this value and unit, whose metric contains the given words. */
    private ExtractedFact fact(String text, String value, String unit, String metricWords) {
        List<ExtractedFact> found = facts(text).stream()
                .filter(f -> f.unit().equals(unit) && f.value().compareTo(new BigDecimal(value)) == 0).toList();
        assertEquals(1, found.size(), () -> "facts " + value + unit + " in " + facts(text));
        assertTrue(found.get(0).metric().contains(metricWords),
                () -> "metric " + found.get(0).metric() + " lacks " + metricWords);
        return found.get(0);
    }

    private static void assertNumber(String expected, BigDecimal actual) {
        assertTrue(actual != null && actual.compareTo(new BigDecimal(expected)) == 0,
                () -> "expected " + expected + " but was " + actual);
    }

    @Nested
    class Amounts {

        @Test
        void multiplierAndCurrencyWordAreNormalised() {
            ExtractedFact f = fact("园区完成技术合同成交额86.4亿元人民币。", "8640000000", "元", "技术合同成交额");
            assertEquals(0, f.value().scale(), "integral values have scale 0");
            fact("签约项目协议外资2.75亿美元。", "275000000", "美元", "协议外资");
            fact("设立地区总部，注册资本1200万欧元。", "12000000", "欧元", "注册资本");
        }

        @Test
        void chineseNumeralsAndMeasureWords() {
            fact("全市累计推出改革事项一百零八项。", "108", "项", "改革事项");
            fact("新建成标准厂房十二栋。", "12", "栋", "标准厂房");
            fact("首批两千三百余家企业完成备案。", "2300", "家", "企业");
        }

        @Test
        void measureWordUnitsKeepTheNounInTheMetric() {
            fact("平台已汇聚38个孵化项目。", "38", "个", "孵化项目");
            fact("处理时长缩短至3个工作日。", "3", "个工作日", "处理时长");
            fact("现场核验仅需2个小时。", "2", "个小时", "现场核验");
            fact("平均审核周期为4个月。", "4", "个月", "审核周期");
        }

        @Test
        void bigPlusNounCountsItems() {
            fact("园区打造六大服务体系。", "6", "个", "服务体系");
            fact("重点布局3大产业集群。", "3", "个", "产业集群");
        }

        @Test
        void qualifiersMakeTheValueApproximate() {
            assertTrue(fact("新增办公面积约2.6万平方米。", "26000", "平方米", "办公面积").approximate());
            assertTrue(fact("集聚科技企业超过300家。", "300", "家", "科技企业").approximate());
            assertTrue(fact("实现销售收入逾1.5亿元。", "150000000", "元", "销售收入").approximate());
            assertTrue(fact("计划引进研发机构120家左右。", "120", "家", "研发机构").approximate());
            assertTrue(fact("带动新增就业3万人以上。", "30000", "人", "就业").approximate());
            assertTrue(fact("吸引近千家企业参展。", "1000", "家", "企业").approximate());
            assertTrue(fact("已办理业务百余笔。", "100", "笔", "业务").approximate());
            assertTrue(fact("撬动社会资本3000余万元。", "30000000", "元", "社会资本").approximate());
            assertTrue(fact("孵化初创团队1万多个。", "10000", "个", "初创团队").approximate());
        }

        @Test
        void wordsThatAreNotQualifiers() {
            assertFalse(fact("给予最高200万元的一次性奖励。", "2000000", "元", "奖励").approximate());
            assertFalse(fact("累计服务企业达到4500家。", "4500", "家", "服务企业").approximate());
            assertFalse(fact("平均办理时间为3天。", "3", "天", "办理时间").approximate());
            assertFalse(fact("每笔核验用时不超过20分钟。", "20", "分钟", "用时").approximate());
        }

        @Test
        void rangesShareUnitAndMultiplier() {
            ExtractedFact grant = fact("每家企业可获3-5万元补助。", "30000", "元", "补助");
            assertNumber("50000", grant.valueMax());
            assertNumber("4", fact("办结时间压缩至2至4个工作日。", "2", "个工作日", "办结时间").valueMax());
            assertNumber("10", fact("拟新增试点银行8～10家。", "8", "家", "试点银行").valueMax());
            assertNull(fact("新增试点银行9家。", "9", "家", "试点银行").valueMax());
        }

        @Test
        void tenthsWrittenAsCheng() {
            ExtractedFact f = fact("近八成受访企业对政策表示满意。", "80", "%", "受访企业");
            assertTrue(f.approximate());
        }

        @Test
        void pairedValuesWithFenbie() {
            List<ExtractedFact> found = facts("两家银行分别办理跨境结算业务23笔和31笔。");
            assertTrue(found.stream().anyMatch(f -> f.value().intValue() == 31 && f.metric().contains("跨境结算")),
                    found::toString);
        }
    }

    /** The forms of Chinese official and financial writing (issue 9), each read whole. */
    @Nested
    class WrittenForms {

        @Test
        void theIssuesSentencesAsStated() {
            fact("全年完成投资3，408.2万元。", "34082000", "元", "投资");
            fact("累计服务企业4，071家。", "4071", "家", "服务企业");
            fact("带动就业27 315人。", "27315", "人", "带动就业");
            fact("同比增长百分之七点三。", "7.3", "%", "同比增长");
            fact("占比百分之六十二点四。", "62.4", "%", "占比");
            fact("新增注册企业 836 家。", "836", "家", "新增注册企业");
            fact("实际利用外资 9.6 亿美元。", "960000000", "美元", "实际利用外资");
            fact("新增装机容量30万千瓦。", "300000", "千瓦", "装机容量");
            fact("年发电量1.8亿千瓦时。", "180000000", "千瓦时", "年发电量");
            assertEquals("合同外资", fact("合同外资人民币5.2亿元。", "520000000", "元", "合同外资").metric());
            fact("实际到位资金4.7人民币。", "4.7", "元", "实际到位资金");
            List<ExtractedFact> range = facts("年均增长6%至8%。");
            assertEquals(1, range.size(), range::toString);
            assertNumber("8", range.get(0).valueMax());
            assertEquals("年均增长", range.get(0).metric());
        }

        @ParameterizedTest
        @ValueSource(strings = {"12,345家", "12，345家", "12 345家", "12\u2009345家", "12\u00A0345家", "12\u202F345家",
                "１２，３４５家", "１２３４５家", "12345 家", "12,345 家"})
        void digitGroupingAndWidth(String quantity) {
            fact("累计服务企业" + quantity + "。", "12345", "家", "服务企业");
        }

        @Test
        void fullWidthPointAndBlankBeforeTheMultiplier() {
            fact("完成投资１２．５亿元。", "1250000000", "元", "投资");
            fact("完成投资12.5 亿 元。", "1250000000", "元", "投资");
            fact("完成投资1,234.5万元。", "12345000", "元", "投资");
        }

        @Test
        void percentWrittenOutInEveryRole() {
            assertNumber("7.3", fact("进出口额3.2亿元，同比增长百分之七点三。", "320000000", "元", "进出口额").changePct());
            assertNumber("-4.5", fact("出口额1.1亿元，同比下降百分之四点五。", "110000000", "元", "出口额").changePct());
            assertNumber("62.4", fact("外资企业310家，占比百分之六十二点四。", "310", "家", "外资企业").sharePct());
            fact("营业收入同比下降百分之三。", "-3", "%", "营业收入");
            assertTrue(fact("网上可办率达到百分之九十五以上。", "95", "%", "可办率").approximate());
            fact("审批时间压缩了百分之五十。", "-50", "%", "审批时间");
            fact("不良率仅为千分之三。", "0.3", "%", "不良率");
            fact("满意度达到百分之百。", "100", "%", "满意度");
        }

        @Test
        void doublingsAreGrowth() {
            fact("技术交易额翻了一番。", "100", "%", "技术交易额");
            fact("服务贸易规模实现翻两番。", "300", "%", "服务贸易规模");
            fact("离岸贸易额五年翻3番。", "700", "%", "离岸贸易额");
            assertNumber("300", fact("园区产值86亿元，比五年前翻两番。", "8600000000", "元", "产值").changePct());
        }

        @Test
        void unitsThatBeginWithAMultiplierCharacter() {
            fact("新增装机容量三十万千瓦。", "300000", "千瓦", "装机容量");
            fact("光伏电站装机5千瓦。", "5", "千瓦", "装机");
            fact("新建管网12千米。", "12", "千米", "管网");
            fact("港口吞吐量达到百万吨。", "1000000", "吨", "吞吐量");
            fact("赛道全长两千米。", "2000", "米", "赛道");
            assertEquals(List.of(), facts("建设百万吨级乙烯项目。"));
        }

        @Test
        void capitalNumeralsAndYuanJiaoFen() {
            fact("合同金额为壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分。", "1234567.89", "元", "合同金额");
            fact("中标金额肆佰叁拾萬圆整。", "4300000", "元", "中标金额");
            fact("奖励资金伍拾万元。", "500000", "元", "奖励资金");
            fact("补贴标准为每吨123元4角。", "123.4", "元", "补贴标准");
        }

        @Test
        void currencyBeforeOrAfterIsNeverPartOfMetricOrUnit() {
            assertEquals("协议外资", fact("协议外资美元3.5亿。", "350000000", "美元", "协议外资").metric());
            assertEquals("到位资金", fact("到位资金人民币12亿元。", "1200000000", "元", "到位资金").metric());
            fact("引进港资港币2.4亿元。", "240000000", "港元", "港资");
            fact("实际使用外资13.4亿美元。", "1340000000", "美元", "实际使用外资");
            fact("注册资本5000万元人民币。", "50000000", "元", "注册资本");
            assertTrue(fact("投资总额约人民币30亿元。", "3000000000", "元", "投资总额").approximate());
        }

        @Test
        void rangesWithTheUnitOnBothEnds() {
            assertNumber("500000000", fact("计划投资3亿元—5亿元。", "300000000", "元", "投资").valueMax());
            assertNumber("20", fact("入驻企业15家至20家。", "15", "家", "入驻企业").valueMax());
            assertNumber("-8", fact("能耗同比下降6%~8%。", "-6", "%", "能耗").valueMax());
            assertNumber("70", fact("企业满意度达6至7成。", "60", "%", "满意度").valueMax());
        }

        @Test
        void negativeNumbers() {
            fact("利润总额为负1200万元。", "-12000000", "元", "利润总额");
            assertNumber("-3.2", fact("进口额42亿元，同比增长-3.2%。", "4200000000", "元", "进口额").changePct());
        }

        @Test
        void fractionsWithAnExactDecimal() {
            fact("园区四分之一用地为绿地，面积二分之一平方公里。", "0.5", "平方公里", "面积");
        }
    }

    /** A number that cannot be read whole gives no fact, never a part of it, and is reported. */
    @Nested
    class NeverSilentlyWrong {

        @ParameterizedTest
        @ValueSource(strings = {"全年完成投资3,40万元。", "累计服务企业4，0712家。", "带动就业27 31人。", "完成投资10..1万元。",
                "投资额达10.1万零100元。", "合同金额壹佰貳拾佰元。", "货运量一兆吨。", "投资一京二千亿元。",
                "产值三分之一亿元。", "营业收入点五亿元。"})
        void unreadableNumbersAreReportedNotRead(String sentence) {
            Extraction extraction = extractor.read(sentence);
            assertEquals(List.of(), extraction.facts());
            assertEquals(1, extraction.unreadable().size(), extraction::toString);
        }

        @Test
        void theReportNamesTheNumberWhereItStands() {
            String text = "导语。\n全年完成投资3,40万元，同比增长5%。";
            UnreadableNumber unreadable = extractor.read(text).unreadable().get(0);
            assertEquals("3,40万元", unreadable.text());
            assertEquals("3,40万元", text.substring(unreadable.span().start(), unreadable.span().end()));
        }

        @ParameterizedTest
        @ValueSource(strings = {"办理时间一小时零十五分钟。", "身高一米八。", "用时五分三十秒。", "工期两年零三个月。"})
        void compoundQuantitiesGiveNoPartOfThemselves(String sentence) {
            assertTrue(facts(sentence).stream().noneMatch(f -> f.value().compareTo(BigDecimal.valueOf(15)) == 0
                    || f.value().compareTo(BigDecimal.ONE) == 0 || f.value().compareTo(BigDecimal.valueOf(30)) == 0
                    || f.value().compareTo(BigDecimal.valueOf(3)) == 0), () -> facts(sentence).toString());
        }
    }

    @Nested
    class Changes {

        @Test
        void growthAfterAnAmountIsAttached() {
            ExtractedFact f = fact("今年上半年，区内新设外资企业312家，同比增长18.5%。", "312", "家", "新设外资企业");
            assertNumber("18.5", f.changePct());
            assertEquals(1, facts("今年上半年，区内新设外资企业312家，同比增长18.5%。").size());
        }

        @Test
        void declineIsNegative() {
            assertNumber("-6.2", fact("跨境电商出口额42.7亿元，同比下降6.2%。", "4270000000", "元", "出口额").changePct());
            assertNumber("-3", fact("货运量1.2万吨，较上年减少3%。", "12000", "吨", "货运量").changePct());
        }

        @Test
        void shareAndGrowthBothAttach() {
            ExtractedFact f = fact("全区新注册企业8620户，占全市12.4%，同比增长9.1%。", "8620", "户", "新注册企业");
            assertNumber("12.4", f.sharePct());
            assertNumber("9.1", f.changePct());
        }

        @Test
        void shareWithBiZhongAndCheng() {
            assertNumber("30", fact("保费收入达到600亿元，约占全市的三成。", "60000000000", "元", "保费收入").sharePct());
            assertNumber("41.5", fact("实现营收220亿元，占全区的比重为41.5%。", "22000000000", "元", "营收").sharePct());
        }

        @Test
        void growthWithoutAmountIsItsOwnFact() {
            ExtractedFact f = fact("园区营业收入同比增长27%。", "27", "%", "营业收入");
            assertTrue(f.metric().endsWith("增长"), f.metric());
            assertNull(f.changePct());
            fact("审批环节平均压减40%。", "-40", "%", "审批环节");
        }

        @Test
        void twoSubjectsTwoChanges() {
            List<ExtractedFact> found = facts("两家券商去年境外收入分别增长12.5%和20.3%。");
            assertEquals(2, found.stream().filter(f -> f.unit().equals("%") && f.metric().contains("境外收入")).count(),
                    found::toString);
        }

        @Test
        void timesAndDoubling() {
            assertNumber("80", fact("数字经济产值512亿元，同比增长0.8倍。", "51200000000", "元", "数字经济").changePct());
            fact("跨境支付规模增长2倍。", "200", "%", "跨境支付");
            assertTrue(fact("离岸贸易额增长近三倍。", "300", "%", "离岸贸易").approximate());
            fact("技术交易额实现翻一番。", "100", "%", "技术交易额");
        }

        @Test
        void approximateOnAnAttachedRateDoesNotMakeTheAmountApproximate() {
            ExtractedFact f = fact("办结时间压缩至3天，压缩了60%以上。", "3", "天", "办结时间");
            assertFalse(f.approximate());
        }

        @Test
        void approximateGrowthRateStandsAlone() {
            assertTrue(fact("服务贸易额年均增长超过15%。", "15", "%", "服务贸易额").approximate());
        }

        @Test
        void percentagePoints() {
            fact("高新技术企业占比提高3.5个百分点。", "3.5", "个百分点", "高新技术企业");
            fact("空置率下降0.8个百分点。", "-0.8", "个百分点", "空置率");
            List<ExtractedFact> both = facts("合同履约率达92%，提高4个百分点。");
            assertEquals(2, both.size(), both::toString);
            assertNull(both.get(0).changePct(), "points never go into changePct");
        }

        @Test
        void pointsOfAShareClauseNameTheAmountBefore() {
            fact("保税区实现进出口额88.2亿元，占全市的比重提升1.7个百分点。", "1.7", "个百分点", "进出口额");
        }

        @Test
        void timesOfAnEarlierValue() {
            assertNumber("150", fact("当年到位外资4.2亿美元，是上年的2.5倍。", "420000000", "美元", "到位外资").changePct());
        }

        @Test
        void ratesWithoutBase() {
            fact("政务服务好评率达98.6%。", "98.6", "%", "好评率");
            assertTrue(fact("外资企业税收占全区税收的比重约为三成。", "30", "%", "外资企业税收").approximate());
            assertTrue(fact("事项网上可办率达到95%以上。", "95", "%", "可办率").approximate());
        }

        @Test
        void absoluteDeltas() {
            List<ExtractedFact> found = facts("入驻机构达到64家，较上年增加15家。");
            assertEquals(2, found.size(), found::toString);
            assertTrue(found.get(1).metric().contains("入驻机构"), found.get(1).metric());
            assertNumber("15", found.get(1).value());
            fact("项目审批时间缩短了12天。", "-12", "天", "审批时间");
            fact("申报环节减少了2个。", "-2", "个", "申报环节");
        }

        @Test
        void newEntitiesAreNotDeltas() {
            assertNumber("45", fact("新增入驻机构45家。", "45", "家", "入驻机构").value());
        }
    }

    @Nested
    class BeforeAfter {

        @Test
        void levelWithBaseline() {
            assertNumber("20", fact("审批时限由20个工作日压缩至8个工作日。", "8", "个工作日", "审批时限").baseline());
            assertNumber("12", fact("申请材料从12份精简为5份。", "5", "份", "申请材料").baseline());
            assertEquals(1, facts("申请材料从12份精简为5份。").size());
        }

        @Test
        void percentLevelsAndDatesInside() {
            ExtractedFact f = fact("园区入驻率由2022年底的55%提高到81%。", "81", "%", "入驻率");
            assertNumber("55", f.baseline());
        }

        @Test
        void attachedChangeAndApproximateLevel() {
            ExtractedFact f = fact("通关时间由10小时缩短至2小时，压缩80%。", "2", "小时", "通关时间");
            assertNumber("10", f.baseline());
            assertNumber("-80", f.changePct());
            assertTrue(fact("办理周期由平均45天压缩到约12天。", "12", "天", "办理周期").approximate());
            assertFalse(fact("办理周期由约45天压缩到12天。", "12", "天", "办理周期").approximate());
        }

        @Test
        void rangeAsTheLevel() {
            ExtractedFact f = fact("积分落户年限由6年缩短至2至4年。", "2", "年", "落户年限");
            assertNumber("4", f.valueMax());
            assertNumber("6", f.baseline());
        }

        @Test
        void levelWithoutBaseline() {
            assertNull(fact("不动产登记时间压缩至1个工作日。", "1", "个工作日", "不动产登记").baseline());
        }
    }

    @Nested
    class NeverFacts {

        @ParameterizedTest
        @ValueSource(strings = {
            "2022年3月15日，自贸区新闻发布会召开。",
            "今年前三季度，发展势头良好。",
            "截至2023年6月底，改革持续推进。",
            "2021年1-9月，运行平稳。",
            "园区入选第二批国家级示范名单。",
            "全国首批、首家、首单业务在此落地。",
            "“两区”建设持续推进，“五个一”工程稳步实施。",
            "构建“3+1”政策体系和“一窗通办”模式。",
            "提供一站式服务，推出一批项目，开展一系列活动。",
            "服务中心位于地铁6号线旁的科创大厦B座12层。",
            "一是强化招商，二是优化服务，三是完善配套。",
            "股份公司（600519）发布公告。",
            "推动规模以上工业企业和硕士及以上学历人才集聚。",
            "对营业收入超过2000万元的企业给予奖励。",
            "数十家企业和多家机构参加，上百位嘉宾出席。",
            "两年来成效明显，未来五年将持续发力，今年迎来三周年。",
            "改革开放以来，园区排名全国第三，位列第11位。",
            "发布营商环境6.0版方案，制定三年行动方案。",
            "产业链上下游协同发展。",
            "吸引世界500强企业和中国100强公司落户。",
        })
        void yieldNoFact(String sentence) {
            assertEquals(List.of(), facts(sentence));
        }

        @Test
        void countAfterACountIsACategory() {
            List<ExtractedFact> found = facts("全年共有58件三类医疗器械获批。");
            assertEquals(1, found.size(), found::toString);
        }

        @Test
        void quotedSpeechIsNotAName() {
            fact("“以前要跑4个部门，现在一次办好。”企业负责人说。", "4", "个", "部门");
        }
    }

    @Nested
    class Tables {

        @Test
        void headerParenthesisGivesUnitAndMultiplier() {
            String table = "区域\t进出口额（万元）\t同比增长（%）\n东区\t5230\t-4.1\n西区\t8100.5\t12";
            ExtractedFact east = fact(table, "52300000", "元", "东区进出口额");
            assertNumber("-4.1", east.changePct());
            assertNumber("12", fact(table, "81005000", "元", "西区").changePct());
        }

        @Test
        void periodColumnsGiveSeparateFactsWithoutBaseline() {
            String table = "指标\t2022年\t2023年\n外资企业\t210家\t265家";
            assertNull(fact(table, "210", "家", "外资企业").baseline());
            assertEquals("2023年", fact(table, "265", "家", "外资企业").period());
        }

        @Test
        void periodRowsUseTheHeaderQuantity() {
            String table = "年份\t实际使用外资（亿美元）\n2022年\t12.5\n2023年\t—";
            List<ExtractedFact> found = facts(table);
            assertEquals(1, found.size(), found::toString);
            assertEquals("实际使用外资", found.get(0).metric());
            assertNumber("1250000000", found.get(0).value());
        }
    }

    /** Each fact knows where its quantity stands in the cleaned text, so a page can mark it there. */
    @Nested
    class Spans {

        private List<String> spanned(String text) {
            return facts(text).stream().map(f -> text.substring(f.span().start(), f.span().end())).toList();
        }

        @Test
        void theQuantityWithItsQualifierAndUnit() {
            assertEquals(List.of("563家", "约13.4亿美元"), spanned("新设外资企业563家，增长55%；实际利用外资约13.4亿美元。"));
        }

        @Test
        void offsetsCountFromTheStartOfTheWholeText() {
            assertEquals(List.of("900家", "26个", "80亿元"), spanned("新增企业900家。\n签约项目26个，总投资80亿元。"));
        }

        @Test
        void aTableFactSpansItsCell() {
            assertEquals(List.of("5230", "8100.5"),
                    spanned("导语。\n区域\t进出口额（万元）\t同比增长（%）\n东区\t5230\t-4.1\n西区\t8100.5\t12"));
        }

        @Test
        void everyCorpusFactSpansItsNumberWithinOneLine() {
            for (String stem : Corpus.STEMS) {
                String text = Corpus.cleanedText(stem);
                for (ExtractedFact fact : extractor.extract(text)) {
                    String quantity = text.substring(fact.span().start(), fact.span().end());
                    assertTrue(quantity.matches("[^\\n]*[0-9０-９零〇一二两三四五六七八九十百千万亿][^\\n]*"),
                            () -> stem + ": " + fact + " spans '" + quantity + "'");
                    assertTrue(fact.sentence().contains(quantity), () -> stem + ": " + quantity + " not in its sentence");
                }
            }
        }
    }

    /** SPEC §5.15: the metric is the shortest phrase that still says what is measured. */
    @Nested
    class Metrics {

        private String metric(String text, String value, String unit) {
            List<ExtractedFact> found = facts(text).stream()
                    .filter(f -> f.unit().equals(unit) && f.value().compareTo(new BigDecimal(value)) == 0).toList();
            assertEquals(1, found.size(), () -> "facts " + value + unit + " in " + facts(text));
            return found.get(0).metric();
        }

        @Test
        void theNounAfterTheMeasureWord() {
            assertEquals("孵化项目", metric("园区已汇聚38个孵化项目。", "38", "个"));
            assertEquals("研发补助", metric("给予最高300万元的研发补助。", "3000000", "元"));
        }

        @Test
        void membersOfAnEnumerationAreLeftOut() {
            assertEquals("赛道", metric("园区聚焦智能制造、数字医疗、绿色能源三大赛道。", "3", "个"));
            assertEquals("头部企业", metric("引进了星云科技、远航物流等15家头部企业。", "15", "家"));
        }

        @Test
        void aShortVerbBeforeTheCountStays() {
            assertEquals("走访调研中小企业", metric("走访调研500余家中小企业。", "500", "家"));
        }

        @Test
        void periodPlaceAndTopicFramingAreLeftOut() {
            assertEquals("新设外资企业", metric("今年上半年，通州区新设外资企业45家。", "45", "家"));
            assertEquals("新增专精特新企业", metric("2022年以来，海淀区累计新增专精特新企业320家。", "320", "家"));
            assertEquals("软件企业营业收入", metric("全区软件企业实现营业收入860亿元。", "86000000000", "元"));
            assertEquals("入驻企业", metric("目前，园区共入驻企业300余家。", "300", "家"));
            assertEquals("打造共享办公空间", metric("打造共享办公空间3000平方米。", "3000", "平方米"));
            assertEquals("孵化器", metric("园区内现有孵化器45家。", "45", "家"));
            assertEquals("个体工商户", metric("其中个体工商户23.7万户。", "237000", "户"));
        }

        @Test
        void aProvinceNameThatBeginsAnInstitutionsNameStays() {
            assertEquals("天津港集装箱吞吐量", metric("天津港集装箱吞吐量达到2100万标准箱。", "21000000", "标准箱"));
            assertEquals("北京银行发放贷款", metric("北京银行发放贷款300亿元。", "30000000000", "元"));
        }

        @Test
        void verbsThatOnlyLeadToTheNumberAreLeftOut() {
            assertEquals("审批时限", metric("审批时限压缩至5个工作日。", "5", "个工作日"));
            assertEquals("技术合同成交额", metric("技术合同成交额达到120亿元。", "12000000000", "元"));
            assertEquals("办理时间", metric("办理时间压缩至3个工作日以内。", "3", "个工作日"));
            assertEquals("补贴标准每人每月", metric("补贴标准提高至每人每月2000元。", "2000", "元"));
            assertEquals("落户企业奖励", metric("落户企业最高可获得500万元奖励。", "5000000", "元"));
        }

        @Test
        void framingWordsInsideWordsStay() {
            assertEquals("查处违法行为", metric("查处违法行为120件。", "120", "件"));
            assertEquals("并购金额", metric("并购金额达到35亿元。", "3500000000", "元"));
            assertEquals("试点区县数量", metric("试点区县数量增至16个。", "16", "个"));
        }

        @Test
        void aSectorTopicAndAPlaceThatIsTheSubjectStay() {
            assertEquals("生物医药产业集聚企业", metric("生物医药产业已集聚企业260家。", "260", "家"));
            assertEquals("先行示范区面积", metric("先行示范区面积12平方公里。", "12", "平方公里"));
        }

        @Test
        void aShareOfAWholeIsWrittenZhanBi() {
            assertEquals("服务贸易额占比提高", metric("服务贸易额占全市的比重提高2.1个百分点。", "2.1", "个百分点"));
        }

        @Test
        void aNumberWithItsOwnNounTakesNoneOfThePreviousOne() {
            assertEquals("改革任务", metric("方案涉及8个领域36项改革任务。", "36", "项"));
        }

        @Test
        void aLongSubjectIsCutWherePhrasesBegin() {
            String metric = metric("中关村科技园区海淀园创新创业服务中心企业注册服务窗口平均等候时长为15分钟。", "15", "分钟");
            assertEquals("企业注册服务窗口平均等候时长", metric);
        }

        @Test
        void aRepeatedQuantityKeepsTheFirstMetric() {
            List<ExtractedFact> found = facts("区里推出十五项便民举措。\n十五项举措惠及企业。");
            assertEquals(List.of("便民举措", "便民举措"), found.stream().map(ExtractedFact::metric).toList());
            List<ExtractedFact> three = facts("三大平台建设，进展顺利。\n启动三大平台建设。\n搭建了三大平台建设。");
            assertEquals(List.of("平台建设", "启动平台建设", "平台建设"), three.stream().map(ExtractedFact::metric).toList());
        }
    }

    @Nested
    class Context {

        @Test
        void periodAndSentenceAreRecorded() {
            ExtractedFact f = fact("1-10月，全市实际利用外资128.6亿美元。", "12860000000", "美元", "实际利用外资");
            assertEquals("1-10月", f.period());
            assertEquals("1-10月，全市实际利用外资128.6亿美元。", f.sentence());
            assertEquals("2021年9月28日以来",
                    fact("2021年9月28日以来，新增企业900家。", "900", "家", "新增企业").period());
            assertEquals("今年一季度", fact("今年一季度，签约项目26个。", "26", "个", "签约项目").period());
            assertNull(fact("签约项目26个。", "26", "个", "签约项目").period());
        }

        @Test
        void factsComeInOrderOfAppearance() {
            List<ExtractedFact> found = facts("新增企业900家。\n签约项目26个，总投资80亿元。");
            assertEquals(List.of("900", "26", "8000000000"),
                    found.stream().map(f -> f.value().toPlainString()).toList());
        }

        @Test
        void emptyTextHasNoFacts() {
            assertEquals(List.of(), facts(""));
        }

        @Test
        void oneInstanceServesConcurrentCallers() throws Exception {
            String text = String.join("\n", Corpus.STEMS.stream().map(Corpus::cleanedText).toList());
            List<ExtractedFact> expected = extractor.extract(text);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<ExtractedFact>>> runs = pool.invokeAll(
                        java.util.Collections.nCopies(8, () -> extractor.extract(text)));
                for (Future<List<ExtractedFact>> run : runs) {
                    assertEquals(expected, run.get());
                }
            } finally {
                pool.shutdown();
            }
        }
    }
}
