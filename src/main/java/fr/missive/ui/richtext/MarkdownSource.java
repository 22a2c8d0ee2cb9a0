package fr.missive.ui.richtext;

import java.util.List;

/**
 * A body as read: its top-level Markdown blocks, each with the exact text it was written with,
 * so that a block nobody edited is saved as it came (a {@code _word_}, a {@code * item}, a loose
 * list or an odd spacing stay as typed) and only the edited ones are written anew.
 *
 * @param leading  text before the first block (blank lines)
 * @param trailing text after the last block (usually the final line break)
 */
record MarkdownSource(List<Block> blocks, String leading, String trailing) {

    MarkdownSource {
        blocks = List.copyOf(blocks);
    }

    /**
     * One top-level block: a paragraph, a heading, a whole list, a quote …
     *
     * @param separatorBefore the blank lines between it and the block before
     */
    record Block(int index, String source, String separatorBefore, List<Para> paras) {
        Block {
            paras = List.copyOf(paras);
        }
    }

    List<Para> paras() {
        return blocks.stream().flatMap(b -> b.paras().stream()).toList();
    }
}
