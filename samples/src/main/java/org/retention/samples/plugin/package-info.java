/**
 * A plugin host that reloads a plugin with a new class loader per version, and forgets to stop
 * the old version: its listener stays subscribed to the host's static event bus, and so its
 * class, its loader and every class that loader defined stay too. The fix stops the old version
 * first.
 */
package org.retention.samples.plugin;
