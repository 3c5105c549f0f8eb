package org.zonewatch.article.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cleaning rules of SPEC §3 and the body metadata of §4 on small bodies. */
class SinaBodyTest {

    private static SinaBody parse(String body) {
        return SinaBody.parse("<div>\n" + body + "\n</div>");
    }

    @Test
    void unitsAreParagraphsListItemsRowsAndCaptionsInOrder() {
        SinaBody body = parse("""
                <p>　　第一段</p>
                <div class="img_wrapper"><img src="https://n.sinaimg.cn/a.jpg" alt="不是文字"><span class="img_descr">图片说明</span></div>
                <ol><li>第一项</li><li><p>第二项</p></li></ol>
                <table><tbody><tr><th>指标</th><th>数值</th></tr><tr><td> 企业 </td><td>29家</td></tr></tbody></table>
                <div>不在任何单元里的文字</div>
                <p>&nbsp;</p>""");

        assertEquals("第一段\n图片说明\n第一项\n第二项\n指标\t数值\n企业\t29家", body.text());
    }

    @Test
    void emptyCellsKeepTheirColumn() {
        SinaBody body = parse("<table><tr><td></td><td>2021年</td><td>2022年</td></tr><tr><td>新注册企业</td><td>715家</td><td></td></tr></table>");

        assertEquals("\t2021年\t2022年\n新注册企业\t715家\t", body.text());
    }

    @Test
    void entitiesAreDecodedAndSourceLineBreaksJoined() {
        SinaBody body = parse("<p>　　研发（R&amp;D）经费&#25237;入\n强度达到6.2%&nbsp;</p>");

        assertEquals("研发（R&D）经费投入 强度达到6.2%", body.text());
    }

    @Test
    void originalTitleIsTakenOnlyFromTheFirstUnit() {
        SinaBody body = parse("<p>　　原标题：高标准推进“两区”建设</p><p>　　原标题：不是原标题</p>");

        assertEquals("高标准推进“两区”建设", body.originalTitle());
        assertEquals("原标题：不是原标题", body.text());
    }

    @Test
    void noOriginalTitleWhenTheFirstUnitHasNone() {
        assertNull(parse("<p>　　正文</p>").originalTitle());
    }

    @Test
    void bylineIsCutFromTheUnitItEnds() {
        SinaBody body = parse("<p>　　全力推进“两区”建设。文/朱松梅</p><p>　　业内人士认为，前景可期。</p>");

        assertEquals("朱松梅", body.byline());
        assertEquals("全力推进“两区”建设。\n业内人士认为，前景可期。", body.text());
    }

    @Test
    void aUnitHoldingOnlyTheBylineDisappears() {
        SinaBody body = parse("<p>　　正文。</p><p>　　文/李想</p>");

        assertEquals("李想", body.byline());
        assertEquals("正文。", body.text());
    }

    @Test
    void fiveIdeographsAreNoName() {
        SinaBody body = parse("<p>　　正文。文/一二三四五</p>");

        assertNull(body.byline());
        assertEquals("正文。文/一二三四五", body.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<p class=\"article-editor\">责任编辑：钟娴 </p>|钟娴",
        "<p class=\"article-editor\">责任编辑：郭建 SF065 </p>|郭建",
        "<p class=\"article-editor\">责任编辑：李桐SF 012</p>|李桐",
        "<p class=\"article-editor\">责任编辑:王永生</p>|王永生"})
    void editorLosesLabelAndStaffCode(String line, String editor) {
        SinaBody body = parse("<p>　　正文</p><!-- 编辑姓名及工作代码 -->" + line);

        assertEquals(editor, body.editor());
        assertEquals("正文", body.text());
    }

    @Test
    void noEditorWithoutEditorLine() {
        assertNull(parse("<p>　　责任编辑：不是编辑行</p>").editor());
    }

    @Test
    void companiesComeFromKeywordLinksOnlyOncePerCode() {
        SinaBody body = parse("""
                <p><span id="stock_sh600036"><a href="#" class="keyword">招商银行</a></span><span id="quote_sh600036"></span>与\
                <span id="stock_sz000931"><a href="#" class="keyword">中关村</a></span>合作，\
                <span id="stock_sh600036"><a href="#" class="keyword">招商银行</a></span>北京分行，\
                <span id="quote_sh601988">中国银行</span>，<span id="stock_hk00700"><a class="keyword">腾讯</a></span>，\
                民生银行（sh600016）</p>
                <script>var hq_str_list = {"sz002371":"北方华创"}; document.write('<span id="stock_sz002371"><a class="keyword">北方华创</a></span>');</script>
                <!-- news_keyword_pub,stock,sh600016&sh600036&sh601988 -->""");

        assertEquals(List.of(new ListedCompany("招商银行", "sh600036"), new ListedCompany("中关村", "sz000931")),
                body.companies());
    }
}
