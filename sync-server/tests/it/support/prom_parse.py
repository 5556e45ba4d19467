"""Parses the Prometheus text format from stdin with prometheus_client's parser (which
raises on a malformed line) and prints every family as JSON: name, type and samples."""
import json
import sys

from prometheus_client.parser import text_string_to_metric_families

families = []
for f in text_string_to_metric_families(sys.stdin.read()):
    families.append({
        "name": f.name,
        "type": f.type,
        "samples": [{"name": s.name, "labels": s.labels, "value": s.value} for s in f.samples],
    })
json.dump(families, sys.stdout)
