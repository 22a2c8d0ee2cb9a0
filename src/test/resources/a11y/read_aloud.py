#!/usr/bin/python3
"""Reads Missive's windows through the AT-SPI accessibility bus, as Orca does, and applies the
naming rule of AccessibleNames (src/test/java/fr/missive/ui/a11y): a showing, focusable control
has a name, which is neither empty, nor its current value, nor a message key.

Usage: read_aloud.py SCENARIO.json
The scenario is a list of steps, done in order:
  {"wait": "window title part"}                     wait until such a window shows
  {"read": "window title part", "as": "key"}        read its controls, report them under key
  {"press": "push button|menu|menu item|...", "name": "its name", "in": "window title part"}
  {"listen": "window title part"} ... {"heard": "text"}   collect name-change events, then
                                                    check one carrying text arrived
Prints one JSON object: {"windows": {key: [controls]}, "problems": [...], "events": [...]}.
"""
import json
import re
import sys
import time

import pyatspi
from gi.repository import GLib

TIMEOUT = 60
# What a user operates, as Orca announces it; labels, status bars and panels are read, not operated.
CONTROLS = {"push button", "toggle button", "check box", "radio button", "combo box", "text", "password text",
            "list", "table", "tree", "tree table", "slider", "spin button", "page tab list", "link"}
WHOLE = {"table", "tree table", "list", "tree", "combo box", "text", "password text", "spin button",
         "menu bar", "page tab list", "scroll bar"}
KEY = re.compile(r"^!?[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_]+)+!?$")
WORD = re.compile(r"\w", re.UNICODE)


def missive():
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is None:
            continue
        try:
            for window in app:
                if window is not None and window.getRoleName() in ("frame", "dialog", "window"):
                    return app
        except Exception:
            continue
    return None


def windows():
    app = missive()
    if app is None:
        return []
    found = []
    for w in app:
        try:
            if w is not None and w.getState().contains(pyatspi.STATE_SHOWING):
                found.append(w)
        except Exception:
            pass
    return found


def window(title):
    deadline = time.time() + TIMEOUT
    while time.time() < deadline:
        for w in windows():
            if title in (w.name or ""):
                return w
        time.sleep(0.3)
    raise SystemExit(json.dumps({"error": "no window titled like %r; showing: %r"
                                 % (title, [w.name for w in windows()])}))


def value(acc, role):
    try:
        if role in ("text", "password text"):
            text = acc.queryText()
            return text.getText(0, text.characterCount)
        if role == "combo box":
            selection = acc.querySelection()
            if selection.nSelectedChildren > 0:
                return selection.getSelectedChild(0).name
            for child in acc:
                if child is not None:
                    s = child.querySelection()
                    if s.nSelectedChildren > 0:
                        return s.getSelectedChild(0).name
        if role == "spin button":
            return str(acc.queryValue().currentValue)
    except Exception:
        return None
    return None


def spoken_name(acc):
    """What Orca says a control is: its label (the labelled-by relation), else its name. The ATK
    bridge names a combo box by its selected item, as GTK does; Orca then says its label first."""
    try:
        for relation in acc.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                names = [relation.getTarget(i).name for i in range(relation.getNTargets())
                         if relation.getTarget(i) is not None and relation.getTarget(i).name]
                if names:
                    return " ".join(names)
    except Exception:
        pass
    return acc.name or ""


def controls(acc, out, depth=0):
    if acc is None or depth > 60:
        return
    try:
        states = acc.getState()
        role = acc.getRoleName()
    except Exception:
        return
    if not states.contains(pyatspi.STATE_SHOWING):
        return
    if states.contains(pyatspi.STATE_FOCUSABLE) and role in CONTROLS:
        out.append({"role": role, "name": spoken_name(acc), "description": acc.description or "",
                    "value": value(acc, role)})
    if role in WHOLE:
        return
    for i in range(acc.childCount):
        try:
            controls(acc.getChildAtIndex(i), out, depth + 1)
        except Exception:
            pass


def settled_read(w):
    """The window's controls once it has settled: on a loaded machine a window just opened shows
    its controls (and what its background task brings) a while after it appears on the bus, so it
    is read again until two readings a second apart find the same number of controls."""
    deadline = time.time() + TIMEOUT
    last = None
    while True:
        time.sleep(1.0)
        read = []
        controls(w, read)
        if (last is not None and len(read) == len(last) and len(read) > 0) or time.time() > deadline:
            return read
        last = read


def problems(key, read):
    found = []
    for c in read:
        name = c["name"].strip()
        where = "%s: %s" % (key, c["role"])
        if not name:
            found.append(where + " has no name" + (", a screen reader says its value “%s”" % c["value"]
                                                   if c["value"] else ""))
        elif c["value"] and name == c["value"].strip() and c["role"] != "push button":
            found.append(where + " “%s” is named by its current value" % name)
        elif not WORD.search(name):
            found.append(where + " “%s” is named by a symbol, no word" % name)
        elif KEY.match(name):
            found.append(where + " “%s” is named by a message key" % name)
    return found


def find(acc, role, name, depth=0):
    if acc is None or depth > 60:
        return None
    try:
        if acc.getRoleName() == role and (acc.name or "") == name:
            return acc
        for i in range(acc.childCount):
            hit = find(acc.getChildAtIndex(i), role, name, depth + 1)
            if hit is not None:
                return hit
    except Exception:
        return None
    return None


def press(step):
    deadline = time.time() + TIMEOUT
    while time.time() < deadline:
        target = find(window(step["in"]), step["press"], step["name"])
        if target is not None:
            target.queryAction().doAction(0)
            return
        time.sleep(0.3)
    raise SystemExit(json.dumps({"error": "no %s named %r in %r" % (step["press"], step["name"], step["in"])}))


def main():
    scenario = json.load(open(sys.argv[1], encoding="utf-8"))
    result = {"windows": {}, "problems": [], "events": []}
    heard = []

    def on_event(event):
        try:
            heard.append({"type": event.type, "role": event.source.getRoleName(), "name": event.source.name or ""})
        except Exception:
            pass

    for step in scenario:
        if "wait" in step:
            window(step["wait"])
        elif "read" in step:
            read = settled_read(window(step["read"]))
            result["windows"][step["as"]] = read
            result["problems"].extend(problems(step["as"], read))
        elif "press" in step:
            press(step)
        elif "listen" in step:
            pyatspi.Registry.registerEventListener(on_event, "object:property-change:accessible-name")
        elif "heard" in step:
            deadline = time.time() + TIMEOUT
            while time.time() < deadline and not any(step["heard"] in e["name"] for e in heard):
                while GLib.MainContext.default().iteration(False):
                    pass
                time.sleep(0.1)
            result["events"] = heard[-20:]
            if not any(step["heard"] in e["name"] for e in heard):
                result["problems"].append("no name change carrying “%s” arrived on the bus" % step["heard"])
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
