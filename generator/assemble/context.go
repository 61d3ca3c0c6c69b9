package assemble

import "context"

// WithContext returns a copy of k whose assemblies stop once ctx is done: template execution
// checks it at every loop iteration, template call, function call and write, so a build given
// Ctrl-C or SIGTERM stops at once, even inside a template that would run for hours.
func (k *Kit) WithContext(ctx context.Context) *Kit {
	c := *k
	c.ctx = ctx
	return &c
}
