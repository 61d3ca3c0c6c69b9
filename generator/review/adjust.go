package review

// Adjust applies per-rule severities chosen by the user (a config file): a finding of a rule in
// severities takes the given severity, or is dropped when it is 0 (the rule is off). Keys are
// rule ids.
func (r *Report) Adjust(severities map[string]Severity) {
	if len(severities) == 0 {
		return
	}
	kept := r.Findings[:0]
	for _, f := range r.Findings {
		sev, ok := severities[f.Rule.ID]
		switch {
		case !ok:
		case sev == 0:
			continue
		default:
			f.Severity = sev
		}
		kept = append(kept, f)
	}
	r.Findings = kept
}
