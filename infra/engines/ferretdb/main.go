// Command ferretdb is a tiny wrapper around FerretDB's embeddable package
// (github.com/FerretDB/FerretDB/ferretdb) with the SQLite backend, for tests.
//
// Why a wrapper: `go install github.com/FerretDB/FerretDB/cmd/ferretdb@v1.24.x` builds a binary that
// panics at start because build/version/version.txt is not part of the module download
// (FerretDB issue #2982). The embeddable package has no such requirement.
//
// The embeddable package never starts the telemetry reporter (it also marks telemetry as disabled
// and locked) and has no debug/metrics HTTP listener at all, so the only socket this process opens
// is the MongoDB wire-protocol listener.
//
// Once the listener is bound, one line is printed to stdout:
//
//	FERRETDB_READY mongodb://127.0.0.1:PORT/
//
// so -listen-addr may use port 0 and the caller learns the real port from that line.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

const ferretModule = "github.com/FerretDB/FerretDB"

func env(name, def string) string {
	if v, ok := os.LookupEnv(name); ok && v != "" {
		return v
	}
	return def
}

func ferretVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == ferretModule {
				return d.Version
			}
		}
	}
	return "unknown"
}

func main() {
	listenAddr := flag.String("listen-addr", env("FERRETDB_LISTEN_ADDR", "127.0.0.1:27017"),
		"TCP address to listen on (port 0 picks a free port) [$FERRETDB_LISTEN_ADDR]")
	stateDir := flag.String("state-dir", env("FERRETDB_STATE_DIR", ""),
		"directory for the SQLite databases (created if missing) [$FERRETDB_STATE_DIR]")
	sqliteURL := flag.String("sqlite-url", env("FERRETDB_SQLITE_URL", ""),
		"SQLite URI (overrides -state-dir), e.g. file:/tmp/data/ [$FERRETDB_SQLITE_URL]")
	logLevel := flag.String("log-level", env("FERRETDB_LOG_LEVEL", "warn"),
		"log level: debug, info, warn, error [$FERRETDB_LOG_LEVEL]")
	watchStdin := flag.Bool("exit-on-stdin-eof", env("FERRETDB_EXIT_ON_STDIN_EOF", "") == "1",
		"exit when stdin reaches EOF (the parent process died) [$FERRETDB_EXIT_ON_STDIN_EOF=1]")
	showVersion := flag.Bool("version", false, "print the FerretDB version and exit")
	flag.Parse()

	if *showVersion {
		fmt.Println(ferretVersion())
		return
	}

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fatalf("invalid -log-level %q: %v", *logLevel, err)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	uri := *sqliteURL
	if uri == "" {
		if *stateDir == "" {
			fatalf("one of -state-dir or -sqlite-url is required")
		}
		abs, err := filepath.Abs(*stateDir)
		if err != nil {
			fatalf("state dir: %v", err)
		}
		if err = os.MkdirAll(abs, 0o755); err != nil {
			fatalf("state dir: %v", err)
		}
		uri = "file:" + abs + "/"
	}

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listenAddr},
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: uri,
	})
	if err != nil {
		fatalf("%v", err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	if *watchStdin {
		go func() {
			_, _ = io.Copy(io.Discard, bufio.NewReader(os.Stdin))
			logger.Warn("stdin closed: parent process is gone, shutting down")
			stop()
		}()
	}

	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := f.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
			logger.Error("FerretDB stopped with an error", "error", err)
		}
	}()

	// MongoDBURI blocks until Run has bound the listener.
	fmt.Printf("FERRETDB_READY %s\n", f.MongoDBURI())
	logger.Info("FerretDB listening", "version", ferretVersion(), "uri", f.MongoDBURI(), "sqlite", uri)

	<-ctx.Done()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		logger.Error("FerretDB did not stop within 10s; exiting anyway")
		os.Exit(1)
	}
}

func fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "ferretdb: "+strings.TrimSuffix(format, "\n")+"\n", args...)
	os.Exit(1)
}
