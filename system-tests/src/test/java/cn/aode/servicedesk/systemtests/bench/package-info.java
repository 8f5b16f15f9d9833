/**
 * Load harnesses run against a running dev stack ({@code bin/dev-stack}), not part of the
 * test suite; each writes its figures for {@code docs/measurements/}.
 */
package cn.aode.servicedesk.systemtests.bench;
