package web

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"net"
	"net/http"
	"net/url"
	"sync"
)

// maxBody caps the size of a request body: a spec and its form fit easily.
const maxBody = 1 << 20

// tokenCookie is the cookie that carries the session's token; writes repeat it in a form field
// or a header (double submit), which a page on another site can neither read nor set.
const (
	tokenCookie = "guarantor_token"
	tokenField  = "_token"
	tokenHeader = "X-Guarantor-Token"
)

// guard checks every request before it reaches a handler: the Host header must name the
// loopback interface on the server's port (a page on another site that rebinds its DNS name to
// 127.0.0.1 sends its own name), and a write (any method but GET and HEAD) must come from this
// origin and carry the session's token. Request bodies are capped.
type guard struct {
	hosts  map[string]bool // allowed Host header values
	mu     sync.Mutex
	tokens map[string]bool // tokens handed out by this process
}

func newGuard(port string, extra ...string) *guard {
	g := &guard{hosts: map[string]bool{}, tokens: map[string]bool{}}
	for _, h := range append([]string{"localhost", "127.0.0.1", "::1"}, extra...) {
		if h != "" {
			g.hosts[net.JoinHostPort(h, port)] = true
		}
	}
	return g
}

func (g *guard) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !g.hosts[r.Host] {
			http.Error(w, "refused: unexpected Host header "+r.Host, http.StatusMisdirectedRequest)
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			if !g.sameOrigin(r) {
				http.Error(w, "refused: cross-origin write", http.StatusForbidden)
				return
			}
			r.Body = http.MaxBytesReader(w, r.Body, maxBody)
			if err := parseBody(r); err != nil {
				http.Error(w, "refused: request body too large or malformed", http.StatusRequestEntityTooLarge)
				return
			}
			if !g.validToken(r) {
				http.Error(w, "refused: missing or wrong session token; reload the page", http.StatusForbidden)
				return
			}
		}
		w.Header().Set("X-Frame-Options", "DENY")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		// same-origin, not no-referrer: under no-referrer a browser sends "Origin: null" with a
		// form's POST (New spec, Export, Compare), which sameOrigin cannot tell from a foreign page.
		w.Header().Set("Referrer-Policy", "same-origin")
		w.Header().Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'")
		next.ServeHTTP(w, r)
	})
}

// sameOrigin accepts a write whose Origin (or, failing that, Referer) is this server, or that
// carries neither (a non-browser client, which cannot have the token cookie of a browser).
func (g *guard) sameOrigin(r *http.Request) bool {
	if r.Header.Get("Sec-Fetch-Site") == "cross-site" {
		return false
	}
	origin := r.Header.Get("Origin")
	if origin == "" {
		origin = r.Header.Get("Referer")
	}
	if origin == "" {
		return true
	}
	u, err := url.Parse(origin)
	return err == nil && u.Scheme == "http" && g.hosts[u.Host] && u.Host == r.Host
}

// validToken reports whether the request's cookie holds a token of this process and the form
// field or header repeats it.
func (g *guard) validToken(r *http.Request) bool {
	c, err := r.Cookie(tokenCookie)
	if err != nil || c.Value == "" {
		return false
	}
	g.mu.Lock()
	known := g.tokens[c.Value]
	g.mu.Unlock()
	sent := r.Header.Get(tokenHeader)
	if sent == "" {
		sent = r.PostFormValue(tokenField)
	}
	return known && subtle.ConstantTimeCompare([]byte(sent), []byte(c.Value)) == 1
}

// token returns the session's token, handing out a new one (and its cookie) to a browser that
// has none this process knows.
func (g *guard) token(w http.ResponseWriter, r *http.Request) string {
	if c, err := r.Cookie(tokenCookie); err == nil {
		g.mu.Lock()
		known := g.tokens[c.Value]
		g.mu.Unlock()
		if known {
			return c.Value
		}
	}
	b := make([]byte, 24)
	_, _ = rand.Read(b)
	t := hex.EncodeToString(b)
	g.mu.Lock()
	if len(g.tokens) > 10000 {
		clear(g.tokens) // a flood of sessions: start over rather than grow without bound
	}
	g.tokens[t] = true
	g.mu.Unlock()
	http.SetCookie(w, &http.Cookie{Name: tokenCookie, Value: t, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
	return t
}

// parseBody reads a form body, URL-encoded or multipart, within the cap.
func parseBody(r *http.Request) error {
	if err := r.ParseForm(); err != nil {
		return err
	}
	if err := r.ParseMultipartForm(maxBody); err != nil && err != http.ErrNotMultipart {
		return err
	}
	return nil
}
