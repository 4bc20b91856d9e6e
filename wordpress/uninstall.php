<?php
/**
 * Uninstalling removes the plugin's files only: the plugin stores no option, and the pages keep
 * their blocks, shortcodes and anct-* tags (they show their fallback content without it).
 *
 * @package anct-widgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}
