package org.zonewatch.fact.extraction;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.MatchResult;

import org.zonewatch.units.Decimals;

/**
 * Turns the quantities of one prose line into facts: decides for each whether it is an amount, a
 * before→after level, an absolute delta, a change or share attached to the amount before it, or a
 * rate / change / percentage-point fact of its own (SPEC §5.6–§5.11).
 */
final class ProseReader {

    private static final java.util.regex.Pattern LIST_JOINER = java.util.regex.Pattern.compile("^[和及与、]$");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final UnaryOperator<BigDecimal> AS_WRITTEN = UnaryOperator.identity();

    private final QuantityScanner scanner;

    ProseReader(QuantityScanner scanner) {
        this.scanner = scanner;
    }

    /** Reads one line that starts at {@code lineStart} in the cleaned text. */
    void read(String line, int lineStart, List<ExtractedFact> facts, List<UnreadableNumber> unreadable,
              Budget budget) {
        List<Quantity> quantities = scanner.scan(line, lineStart, unreadable);
        int sentenceStart = 0;
        int k = 0;
        while (sentenceStart < line.length()) {
            budget.check();
            int sentenceEnd = Sentences.end(line, sentenceStart);
            int first = k;
            while (k < quantities.size() && quantities.get(k).start() < sentenceEnd) {
                k++;
            }
            // A sentence without a number states no fact: its periods and words are not worth looking up.
            if (k > first) {
                new Sentence(line, lineStart, sentenceStart, sentenceEnd, quantities.subList(first, k), facts).read();
            }
            sentenceStart = sentenceEnd;
        }
    }

    /** The reading state of one sentence: the fact that may still take an attached change or share. */
    private static final class Sentence {
        private final String line;
        private final int lineStart;
        private final int start;
        private final int end;
        private final List<Quantity> quantities;
        private final List<ExtractedFact> facts;
        private final String text;
        private final List<MatchResult> periods;
        /** For each quantity, the index of the next one that is a fact, or their count when none is. */
        private final int[] nextFact;
        /** How far {@link #clauseStart} has looked for clause marks, and the start of the clause it got to. */
        private int clauseScanned;
        private int lastClauseStart;
        private int attachTarget = -1;
        private Quantity pendingBaseline;
        private String pendingSubject;
        private String pendingMetric;
        private Quantity previousFact;
        /** Where the noun counted by the previous fact ends (5个方面: after 方面). */
        private int previousNounEnd;
        private String previousChangeVerb;
        private String previousMetric;

        Sentence(String line, int lineStart, int start, int end, List<Quantity> quantities, List<ExtractedFact> facts) {
            this.line = line;
            this.lineStart = lineStart;
            this.start = start;
            this.end = end;
            this.quantities = quantities;
            this.facts = facts;
            this.text = line.substring(start, end).strip();
            this.periods = Periods.in(line.substring(start, end));
            this.nextFact = new int[quantities.size()];
            int next = quantities.size();
            for (int k = quantities.size() - 1; k >= 0; k--) {
                nextFact[k] = next;
                if (quantities.get(k).fact()) {
                    next = k;
                }
            }
            this.clauseScanned = start;
            this.lastClauseStart = start;
        }

        void read() {
            for (int i = 0; i < quantities.size(); i++) {
                Quantity q = quantities.get(i);
                int clauseStart = clauseStart(q.start());
                int headEnd = wordsEnd(clauseStart, q.start());
                int opening = Wording.baselineOpening(line, clauseStart, headEnd);
                if (opening >= 0 && (q.fact() || q.bare()) && q.kind() != Quantity.Kind.POINTS) {
                    emitPendingBaseline();
                    pendingBaseline = q;
                    pendingSubject = line.substring(clauseStart, opening);
                    // only a fact is ever emitted: the metric of a bare number would be worked out for nothing
                    pendingMetric = q.fact() ? MetricWords.of(line.substring(clauseStart, headEnd), after(q, i)) : null;
                    continue;
                }
                if (!q.fact()) {
                    continue;
                }
                String after = after(q, i);
                int nounEnd = MetricWords.nounEnd(after);
                // 5个方面62项重点任务: a number with a noun of its own takes none of the words the number before counted
                int ownStart = previousFact == null || previousFact.end() <= clauseStart ? clauseStart
                        : nounEnd > 0 ? previousNounEnd : previousFact.end();
                String own = line.substring(ownStart, wordsEnd(ownStart, q.start()));
                previousFact = q;
                previousNounEnd = q.end() + nounEnd;
                if (q.kind() == Quantity.Kind.AMOUNT && continuesList(own) && nounEnd == 0) {
                    // 分别为30家和40家: the second number measures what the first did
                    own = previousMetric;
                    after = "";
                }
                if (Wording.levelAtEnd(own) && pendingBaseline != null && compatible(pendingBaseline, q)) {
                    // 由17个工作日压缩到7个工作日: the level reached, with the earlier value as baseline
                    attachTarget = emit(MetricWords.of(pendingSubject, after), q, AS_WRITTEN, pendingBaseline.value());
                    pendingBaseline = null;
                    continue;
                }
                switch (q.kind()) {
                    case AMOUNT -> amount(q, own, after);
                    case PERCENT, TIMES -> percent(q, own, after);
                    case POINTS -> points(q, own, after);
                }
            }
            emitPendingBaseline();
        }

        private void amount(Quantity q, String own, String after) {
            // 压缩至3天, 精简为3个 name the level reached, not a delta
            String changeVerb = Wording.levelAtEnd(own) ? null : Wording.changeAtEnd(own);
            if (changeVerb != null) {
                // 较去年增加21家, 压缩了30天: a delta, a fact of its own
                String subject = own.substring(0, Wording.changeStart(own));
                String metric = Wording.basisOnly(subject) && previousMetric != null ? previousMetric + own : own;
                emit(MetricWords.of(metric, after), q, v -> Wording.signed(v, changeVerb), null);
                attachTarget = -1;
                return;
            }
            attachTarget = emit(MetricWords.of(own, after), q, AS_WRITTEN, null);
        }

        private void percent(Quantity q, String own, String after) {
            String changeVerb = Wording.changeAtEnd(own);
            boolean continuesList = continuesList(own) && previousChangeVerb != null;
            if (continuesList) {
                changeVerb = previousChangeVerb; // 分别增长18.4%和23.7%
            }
            UnaryOperator<BigDecimal> percent = AS_WRITTEN;
            if (q.kind() == Quantity.Kind.TIMES) {
                if (changeVerb != null) {
                    percent = v -> v.multiply(HUNDRED); // 增长1.5倍 = +150%
                } else if (own.endsWith("的") && own.contains("是")) {
                    percent = v -> v.subtract(BigDecimal.ONE).multiply(HUNDRED); // 是…的3倍 = +200%
                    changeVerb = "增长";
                } else {
                    return;
                }
            }
            BigDecimal value = percent.apply(q.value());
            int shareAt = own.lastIndexOf('占');
            boolean share = changeVerb == null && shareAt >= 0;
            String subject = changeVerb != null ? own.substring(0, Math.max(0, Wording.changeStart(own)))
                    : share ? own.substring(0, shareAt) : own;
            if ((changeVerb != null || share) && !continuesList && Wording.basisOnly(subject) && attachTarget >= 0) {
                ExtractedFact target = facts.get(attachTarget);
                if (share && target.sharePct() == null) {
                    facts.set(attachTarget, target.withSharePct(Decimals.plain(value)));
                    previousChangeVerb = null;
                    return;
                }
                if (!share && target.changePct() == null) {
                    facts.set(attachTarget,
                            target.withChangePct(Decimals.plain(Wording.signed(value, changeVerb))));
                    previousChangeVerb = null;
                    return;
                }
            }
            String metricText = continuesList ? previousMetric : own;
            if (!continuesList && (changeVerb != null || share) && Wording.basisOnly(subject) && previousMetric != null) {
                metricText = previousMetric + own;
            }
            String verb = changeVerb;
            UnaryOperator<BigDecimal> inPercent = percent;
            standalone(q, v -> Wording.signed(inPercent.apply(v), verb), metricText, continuesList ? "" : after);
            previousChangeVerb = changeVerb;
        }

        /** 占比提高2个百分点; a clause opening with 占 or 同比 speaks of the fact before it. */
        private void points(Quantity q, String own, String after) {
            String changeVerb = Wording.changeAtEnd(own);
            String subject = changeVerb == null ? own : own.substring(0, Wording.changeStart(own));
            boolean ownSubject = !subject.strip().startsWith("占") && !Wording.basisOnly(subject);
            String metricText = ownSubject || previousMetric == null ? own : previousMetric + own;
            standalone(q, v -> Wording.signed(v, changeVerb), metricText, after);
        }

        private void standalone(Quantity q, UnaryOperator<BigDecimal> reading, String own, String after) {
            emit(MetricWords.of(own, after), q, reading, null);
            attachTarget = -1;
        }

        private void emitPendingBaseline() {
            if (pendingBaseline != null && pendingBaseline.fact()) {
                emit(pendingMetric, pendingBaseline, AS_WRITTEN, null);
            }
            pendingBaseline = null;
        }

        /** Emits q's fact, its value and upper bound read alike (signed for a decline, 倍 in percent). */
        private int emit(String metric, Quantity q, UnaryOperator<BigDecimal> reading, BigDecimal baseline) {
            String unit = q.kind() == Quantity.Kind.TIMES ? "%" : q.unit();
            if (unit.equals("强")) {
                metric = metric + line.substring(q.numberStart(), q.end()); // 高成长20强: a ranking list's name
            }
            String period = Periods.before(periods, q.start() - start);
            BigDecimal valueMax = q.valueMax() == null ? null : Decimals.plain(reading.apply(q.valueMax()));
            facts.add(new ExtractedFact(metric, Decimals.plain(reading.apply(q.value())), valueMax, unit, q.approximate(),
                    null, null, baseline == null ? null : Decimals.plain(baseline), text, period,
                    new TextSpan(lineStart + q.start(), lineStart + q.end())));
            previousMetric = metric;
            return facts.size() - 1;
        }

        /** Where the words from {@code from} to the number at {@code to} end, before its blanks (增长 8.3%). */
        private int wordsEnd(int from, int to) {
            int wordsEnd = to;
            while (wordsEnd > from && NumberReader.isBlank(line.charAt(wordsEnd - 1))) {
                wordsEnd--;
            }
            return wordsEnd;
        }

        private boolean continuesList(String own) {
            return previousMetric != null && LIST_JOINER.matcher(own.strip()).matches();
        }

        private static boolean compatible(Quantity before, Quantity after) {
            return before.unit() == null || before.unit().equals(after.unit());
        }

        /**
         * Where the clause holding {@code position} starts, or {@link Sentences#MAX_CLAUSE} before it. Quantities are
         * read in order, so each character is looked at once: looking back from each number made a long clause
         * quadratic.
         */
        private int clauseStart(int position) {
            for (; clauseScanned < position; clauseScanned++) {
                if (Sentences.CLAUSE_MARKS.indexOf(line.charAt(clauseScanned)) >= 0) {
                    lastClauseStart = clauseScanned + 1;
                }
            }
            return Math.max(lastClauseStart, position - Sentences.MAX_CLAUSE);
        }

        /**
         * The words after q, to the end of its clause or the next fact, whichever comes first: looked for no further
         * than that, which keeps a long clause linear. A number that the cut of an over-long sentence runs through
         * has none.
         */
        private String after(Quantity q, int index) {
            int next = nextFact[index];
            int stop = Math.max(q.end(), next < quantities.size() ? quantities.get(next).start() : end);
            for (int i = q.end(); i < stop; i++) {
                char c = line.charAt(i);
                if (Sentences.CLAUSE_MARKS.indexOf(c) >= 0 || Sentences.MARKS.indexOf(c) >= 0 || c == '、') {
                    return line.substring(q.end(), i);
                }
            }
            return line.substring(q.end(), stop);
        }
    }
}
