package ru.probity.declarations.spravki;

import java.util.ArrayList;
import java.util.List;

/**
 * An element of a {@code Справка} with {@code <Атрибут Имя="X">} normalised to {@code X}: its own
 * text and its children. The mapper marks what it reads; whatever stays unread is reported as a
 * warning (a field or element of a newer program version).
 */
final class Node {

    private static final List<Node> NONE = List.of();

    final String name;
    final Node parent;
    final int index;
    private final StringBuilder text = new StringBuilder();
    private List<Node> children = NONE;
    private boolean used;

    /** The root of a tree: a {@code Справка} with its number in the package, or the package itself. */
    Node(String name, int index) {
        this.name = name;
        this.parent = null;
        this.index = index;
    }

    Node(String name, Node parent) {
        this.name = name;
        this.parent = parent;
        int same = 1;
        if (parent != null) {
            for (Node sibling : parent.children) {
                if (sibling.name.equals(name)) {
                    same++;
                }
            }
        }
        this.index = same;
    }

    void add(Node child) {
        if (children == NONE) {
            children = new ArrayList<>(8);
        }
        children.add(child);
    }

    void appendText(char[] chars, int start, int length) {
        text.append(chars, start, length);
    }

    List<Node> children() {
        return children;
    }

    /** The trimmed text, null when empty. */
    String text() {
        used = true;
        String t = text.toString().strip();
        return t.isEmpty() ? null : t;
    }

    void markUsed() {
        used = true;
    }

    /** Marks the node and everything below as read: subtrees kept out of the model on purpose. */
    void ignoreAll() {
        used = true;
        for (Node c : children) {
            c.ignoreAll();
        }
    }

    boolean used() {
        return used;
    }

    /** The first child of this name, marked as read; null when absent. */
    Node child(String childName) {
        for (Node c : children) {
            if (c.name.equals(childName)) {
                c.used = true;
                return c;
            }
        }
        return null;
    }

    /** All children of this name, marked as read. */
    List<Node> all(String childName) {
        List<Node> found = new ArrayList<>();
        for (Node c : children) {
            if (c.name.equals(childName)) {
                c.used = true;
                found.add(c);
            }
        }
        return found;
    }

    /** The text of the first child of this name, null when absent or empty. */
    String text(String childName) {
        Node c = child(childName);
        return c == null ? null : c.text();
    }

    /** «Справка 2 › Счета › Счет 3»: the number is shown where the element repeats. */
    String where() {
        StringBuilder path = new StringBuilder();
        for (Node n = this; n != null; n = n.parent) {
            String step = n.name + (n.index > 1 || repeats(n) || n.parent == null && n.index > 0 ? " " + n.index : "");
            path.insert(0, path.isEmpty() ? step : step + " › ");
        }
        return path.toString();
    }

    private static boolean repeats(Node n) {
        if (n.parent == null) {
            return false;
        }
        for (Node sibling : n.parent.children) {
            if (sibling != n && sibling.name.equals(n.name)) {
                return true;
            }
        }
        return false;
    }
}
