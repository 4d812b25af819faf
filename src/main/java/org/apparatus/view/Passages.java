package org.apparatus.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apparatus.model.Mention;

/** Folds the mentions of one entity into passages: each paragraph or note quoted once, every mention in it marked. */
final class Passages {

    private static final String GAP = " … ";
    /** The sentences a passage quotes at most; a paragraph naming the entity in more is counted and linked. */
    static final int SENTENCES = 4;

    private Passages() {
    }

    /**
     * One passage per place (paragraph or note), in the order the places first occur; within a place, the sentences
     * that name the entity in order, each sentence once, with all its mentions marked.
     *
     * @param mentions one essay's mentions of one entity, in reading order
     * @param href the link to a place, from its anchor
     * @param where the place as a reader says it, from a mention
     * @param remark how a mention was read, or empty
     */
    static List<Page.Passage> fold(List<Mention> mentions, Function<String, String> href,
                                   Function<Mention, String> where, Function<Mention, String> remark) {
        Map<String, List<Mention>> byPlace = new LinkedHashMap<>();
        mentions.forEach(m -> byPlace.computeIfAbsent(m.anchor(), k -> new ArrayList<>()).add(m));
        List<Page.Passage> passages = new ArrayList<>();
        for (Map.Entry<String, List<Mention>> place : byPlace.entrySet()) {
            Map<String, List<Mention>> bySentence = new LinkedHashMap<>();
            place.getValue().forEach(m -> bySentence.computeIfAbsent(m.excerpt().sentence(),
                    k -> new ArrayList<>()).add(m));
            List<Page.Piece> pieces = new ArrayList<>();
            List<String> remarks = new ArrayList<>();
            int quoted = 0;
            int more = 0;
            for (Map.Entry<String, List<Mention>> sentence : bySentence.entrySet()) {
                if (quoted++ == SENTENCES) {
                    more = bySentence.values().stream().skip(SENTENCES).mapToInt(List::size).sum();
                    break;
                }
                if (!pieces.isEmpty()) {
                    pieces.add(new Page.Piece(GAP, false));
                }
                marked(sentence.getKey(), sentence.getValue(), pieces);
                sentence.getValue().stream().map(remark).filter(r -> !r.isEmpty() && !remarks.contains(r))
                        .forEach(remarks::add);
            }
            Mention first = place.getValue().get(0);
            passages.add(new Page.Passage(pieces, href.apply(first.anchor()), where.apply(first),
                    String.join("; ", remarks), more));
        }
        return passages;
    }

    /** The sentence cut into plain and marked pieces; a mention overlapping an earlier one is left unmarked. */
    private static void marked(String sentence, List<Mention> mentions, List<Page.Piece> pieces) {
        int at = 0;
        // where each mention starts in its quoted sentence, cut from the paragraph once per mention
        List<Map.Entry<Integer, Mention>> ordered = mentions.stream().map(m -> Map.entry(m.before().length(), m))
                .sorted(Map.Entry.comparingByKey()).toList();
        for (Map.Entry<Integer, Mention> placed : ordered) {
            Mention m = placed.getValue();
            int start = placed.getKey();
            if (start < at) {
                continue;
            }
            if (start > at) {
                pieces.add(new Page.Piece(sentence.substring(at, start), false));
            }
            pieces.add(new Page.Piece(m.form(), true));
            at = start + m.form().length();
        }
        if (at < sentence.length()) {
            pieces.add(new Page.Piece(sentence.substring(at), false));
        }
    }
}
