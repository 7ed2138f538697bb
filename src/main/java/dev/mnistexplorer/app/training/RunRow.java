package dev.mnistexplorer.app.training;

/**
 * One row of the run list as the table shows it: every cell already in words ({@link
 * RunHistoryText#row}), so the view needs no core record.
 */
record RunRow(
    String id,
    String started,
    String network,
    String optimizer,
    String epochs,
    String accuracy,
    String time,
    String speed,
    String device,
    String saved) {}
