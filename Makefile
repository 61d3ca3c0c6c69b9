GO ?= go

.PHONY: demo test build golden fuzz clean

## demo: build every example in drafts/ into out/
demo:
	$(GO) run ./cmd/guarantor build drafts/ -o out

## test: vet and run every test with the race detector
test:
	$(GO) vet ./...
	$(GO) test -race ./...

## build: compile the binary into bin/guarantor
build:
	$(GO) build -o bin/guarantor ./cmd/guarantor

## golden: regenerate the golden drafts and renderings after an intended change (review the diff!)
golden:
	$(GO) test ./generator/build -run TestExamplesGolden -update
	$(GO) test ./generator/render/... -update

## fuzz: run each fuzz target for a while
fuzz:
	$(GO) test ./generator/spec -run '^$$' -fuzz FuzzLoad -fuzztime 30s
	$(GO) test ./generator/library -run '^$$' -fuzz FuzzParseClause -fuzztime 30s

clean:
	rm -rf out bin
