package fr.missive.cli;

/** How list commands print: aligned columns for people, CSV and JSON for scripts. */
public enum OutputFormat {
    table, csv, json
}
