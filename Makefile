# make run  : set up from a clean clone and run the main job on the bundled example
# make test : set up and run the tests
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STORE   ?= store
EXAMPLE := examples/kursk-visit.txt

.PHONY: install run test lint bench lock clean

$(BIN)/kg: requirements.lock pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $(BIN)/kg

install: $(BIN)/kg

run: install
	$(BIN)/kg ingest $(EXAMPLE) --store $(STORE)
	@mkdir -p exports
	rm -rf build/example-store
	SOURCE_DATE_EPOCH=$${SOURCE_DATE_EPOCH:-1747872000} $(BIN)/kg ingest $(EXAMPLE) --store build/example-store --quiet
	$(BIN)/kg export --store build/example-store --format turtle --out exports/kursk-visit.ttl
	$(BIN)/kg export --store build/example-store --format trig --out exports/kursk-visit.trig
	$(BIN)/kg export --store build/example-store --format jsonld --out exports/kursk-visit.jsonld
	SOURCE_DATE_EPOCH=$${SOURCE_DATE_EPOCH:-1747872000} $(BIN)/kg export --store build/example-store --format void --out exports/void.ttl
	$(BIN)/kg timeline --store $(STORE) --out exports/kursk-visit-timeline.html
	$(BIN)/kg events --store $(STORE) --format table
	$(BIN)/kg summary --store $(STORE)

test: install lint
	$(BIN)/python -m pytest

bench: install
	rm -rf build/timeml && $(BIN)/python ../shared/eval/score_timex.py extract ../shared/eval/timeml/TimeBank build/timeml \
	  && $(BIN)/python ../shared/eval/score_timex.py extract ../shared/eval/timeml/AQUAINT build/timeml
	$(BIN)/python -m kg.bench build/timeml

lint: install
	$(BIN)/ruff check kg tests
	$(BIN)/mypy kg

lock:
	$(BIN)/pip install --quiet pip-tools && $(BIN)/pip-compile --generate-hashes --allow-unsafe --strip-extras -o requirements.lock requirements.in

clean:
	rm -rf $(VENV) $(STORE) build
