package org.retention.assertj;

/** A plugin class: the class-loader tests load a copy of it with a loader of their own. */
public final class PluginWidget {}
