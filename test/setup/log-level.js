// Tests make thousands of requests: their info-level request lines would drown jest's report.
// Warnings and errors still show; a test about the log lines sets its own level.
process.env.LOG_LEVEL ??= 'warn';
