/** An embedded PostgreSQL server run from the zonky binaries, safe to start as root. */
package cn.aode.servicedesk.infra.postgres;
