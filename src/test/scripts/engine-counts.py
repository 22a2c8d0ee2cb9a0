#!/usr/bin/env python3
"""Prints how many store and app tests ran on each database engine, from the surefire reports.

The default run (target/surefire-reports) runs every test on the embedded HSQLDB; the pom's
`postgresql` execution (target/surefire-reports-postgresql) runs the store and app tests again on
PostgreSQL. This says how many ran on both, and names the tests that ran on one engine only
(@EmbeddedOnly: about HSQLDB's own files; @PostgresqlOnly: about the server), so that the report
shows the two runs are the same tests, not a chosen few.

Usage (from the project folder, after `./mvnw verify`): python3 src/test/scripts/engine-counts.py
"""
import glob
import os
import sys
import xml.etree.ElementTree as ElementTree

PACKAGES = ("fr.missive.store.", "fr.missive.app.")


def ran(folder):
    """(class, test) pairs of the store and app tests that ran (not skipped) in one report folder."""
    tests = set()
    for report in glob.glob(os.path.join(folder, "TEST-*.xml")):
        for case in ElementTree.parse(report).getroot().iter("testcase"):
            name = case.get("classname", "")
            if name.startswith(PACKAGES) and case.find("skipped") is None:
                tests.add((name, case.get("name")))
    return tests


def marked(class_name, annotation):
    """Whether the test class's source carries the annotation (on the class or on a method)."""
    source = os.path.join("src/test/java", class_name.split("$")[0].replace(".", "/") + ".java")
    try:
        with open(source, encoding="utf-8") as file:
            return "@" + annotation in file.read()
    except OSError:
        return False


def by_class(tests):
    counts = {}
    for name, _ in tests:
        counts[name] = counts.get(name, 0) + 1
    return ", ".join(f"{name.rsplit('.', 1)[1]} ({n})" for name, n in sorted(counts.items()))


def main():
    embedded = ran("target/surefire-reports")
    server = ran("target/surefire-reports-postgresql")
    if not embedded or not server:
        print("engine-counts: no reports of both runs in target/ (run ./mvnw verify with "
              "MISSIVE_TEST_POSTGRESQL set first)", file=sys.stderr)
        return 1
    both = embedded & server
    print(f"Store and app tests: {len(embedded)} on HSQLDB, {len(server)} on PostgreSQL, "
          f"{len(both)} of them the same tests on both engines.")
    only_embedded = embedded - server
    groups = {
        "no database (@NoDatabase: nothing an engine could change)":
            {t for t in only_embedded if marked(t[0], "NoDatabase")},
        "about HSQLDB itself (@EmbeddedOnly)":
            {t for t in only_embedded if marked(t[0], "EmbeddedOnly") and not marked(t[0], "NoDatabase")},
    }
    unexplained = only_embedded - set().union(*groups.values())
    for title, tests in groups.items():
        if tests:
            print(f"  HSQLDB only, {title}: {len(tests)}: {by_class(tests)}")
    if server - embedded:
        print(f"  PostgreSQL only (@PostgresqlOnly, or not run in the default run): {len(server - embedded)}: "
              f"{by_class(server - embedded)}")
    if unexplained:
        print(f"  HSQLDB only WITHOUT A REASON ({len(unexplained)}): {by_class(unexplained)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
