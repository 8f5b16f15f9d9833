/**
 * Local projections several services keep of another area's events, written once: each
 * service declares the projection it needs and owns its table.
 */
package cn.aode.servicedesk.platform.projection;
