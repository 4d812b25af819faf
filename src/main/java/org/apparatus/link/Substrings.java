package org.apparatus.link;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * Which of a fixed list of strings occur in a text, found in one pass over the text, however many strings there are
 * (the Aho–Corasick automaton): {@code found(text)[i]} is {@code text.contains(strings.get(i))}, for every {@code i}.
 * The annotator asks it which events' cue words a paragraph has, instead of testing every event's every word.
 */
final class Substrings {

    /** One state: the strings' common prefix it stands for, as transitions by UTF-16 unit. */
    private static final class State {
        final Map<Character, State> next = new HashMap<>();
        State fail;
        /** The strings that end here, and at the states its failure links lead to. */
        int[] ends = new int[0];
    }

    private final State root = new State();
    private final int size;
    /** Whether the empty string is among them (it occurs in every text). */
    private final boolean[] empty;

    Substrings(List<String> strings) {
        size = strings.size();
        empty = new boolean[size];
        for (int i = 0; i < size; i++) {
            String s = strings.get(i);
            if (s.isEmpty()) {
                empty[i] = true;
                continue;
            }
            State state = root;
            for (int c = 0; c < s.length(); c++) {
                state = state.next.computeIfAbsent(s.charAt(c), k -> new State());
            }
            state.ends = append(state.ends, i);
        }
        // breadth first, so that each state's failure link is known before its children's
        Queue<State> queue = new ArrayDeque<>();
        for (State child : root.next.values()) {
            child.fail = root;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            State state = queue.remove();
            for (Map.Entry<Character, State> edge : state.next.entrySet()) {
                State child = edge.getValue();
                State fail = state.fail;
                while (fail != root && !fail.next.containsKey(edge.getKey())) {
                    fail = fail.fail;
                }
                State target = fail.next.get(edge.getKey());
                child.fail = target != null && target != child ? target : root;
                child.ends = merge(child.ends, child.fail.ends);
                queue.add(child);
            }
        }
    }

    /** For each string, in the order given, whether {@code text} contains it. */
    boolean[] found(String text) {
        boolean[] found = Arrays.copyOf(empty, size);
        State state = root;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            State next = state.next.get(c);
            while (next == null && state != root) {
                state = state.fail;
                next = state.next.get(c);
            }
            state = next == null ? root : next;
            for (int end : state.ends) {
                found[end] = true;
            }
        }
        return found;
    }

    private static int[] append(int[] ends, int i) {
        int[] more = Arrays.copyOf(ends, ends.length + 1);
        more[ends.length] = i;
        return more;
    }

    private static int[] merge(int[] own, int[] inherited) {
        if (inherited.length == 0) {
            return own;
        }
        List<Integer> all = new ArrayList<>();
        for (int i : own) {
            all.add(i);
        }
        for (int i : inherited) {
            if (!all.contains(i)) {
                all.add(i);
            }
        }
        return all.stream().mapToInt(Integer::intValue).toArray();
    }
}
