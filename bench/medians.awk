#!/usr/bin/awk -f
# Reads `go test -bench` output with -count N and prints, per benchmark, the median ns/op (and
# the median of every other metric) over the N runs.
/^Benchmark/ {
  name = $1
  if (!(name in seen)) { seen[name] = 1; order[++n] = name }
  for (i = 3; i < NF; i += 2) {
    unit = $(i + 1)
    key = name SUBSEP unit
    if (!(key in count)) { units[name] = units[name] " " unit }
    vals[key, ++count[key]] = $i
  }
}
END {
  for (k = 1; k <= n; k++) {
    name = order[k]
    line = sprintf("%-40s", name)
    m = split(substr(units[name], 2), us, " ")
    for (j = 1; j <= m; j++) {
      key = name SUBSEP us[j]
      c = count[key]
      for (a = 1; a <= c; a++) v[a] = vals[key, a]
      for (a = 2; a <= c; a++) for (b = a; b > 1 && v[b - 1] > v[b]; b--) { t = v[b]; v[b] = v[b - 1]; v[b - 1] = t }
      med = (c % 2) ? v[(c + 1) / 2] : (v[c / 2] + v[c / 2 + 1]) / 2
      line = line sprintf("  %14.1f %s", med, us[j])
    }
    print line "  (median of " count[name SUBSEP us[1]] ")"
  }
}
