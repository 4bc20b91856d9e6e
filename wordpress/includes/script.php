<?php
/**
 * The script, loaded only on pages that use an element, once, as a module with the plugin's
 * version: `wp_enqueue_script_module` where WordPress has it (6.5), else a classic enqueue whose
 * tag a `script_loader_tag` filter turns into `type="module"`. A page uses an element when a
 * block or a shortcode renders one, or when its content holds an `anct-*` tag: the queried posts
 * are read before the head is printed, and content filters catch the rest (widgets), whose
 * script then goes in the footer.
 *
 * @package anct-widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The bundle's address; the shipped feeds are beside it, in dist/feeds/, where it looks. */
function anct_widgets_script_url() {
	return plugins_url( 'dist/anct-widgets.js', ANCT_WIDGETS_FILE );
}

/** Enqueues the script, once, whatever the number of elements. */
function anct_widgets_enqueue() {
	static $fait = false;
	if ( $fait ) {
		return;
	}
	$fait = true;
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'anct-widgets', anct_widgets_script_url(), array(), ANCT_WIDGETS_VERSION );
		return;
	}
	wp_enqueue_script( 'anct-widgets', anct_widgets_script_url(), array(), ANCT_WIDGETS_VERSION, true );
}

/**
 * Before WordPress 6.5: the classic tag of our handle becomes a module's (any `type` it was
 * given, by a theme without html5 script support, is replaced).
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function anct_widgets_module_tag( $tag, $handle ) {
	if ( 'anct-widgets' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=(["\'])[^"\']*\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'anct_widgets_module_tag', 10, 2 );

/**
 * Whether a text uses an element: a tag, a shortcode or the block.
 *
 * @param string $text Content.
 * @return bool
 */
function anct_widgets_uses( $text ) {
	return is_string( $text ) && (bool) preg_match( '/<anct-|\[anct-|<!-- wp:anct-widgets\//', $text );
}

add_action(
	'wp_enqueue_scripts',
	function () {
		global $wp_query;
		foreach ( (array) ( $wp_query->posts ?? array() ) as $post ) {
			if ( $post instanceof WP_Post && anct_widgets_uses( $post->post_content ) ) {
				anct_widgets_enqueue();
				return;
			}
		}
	}
);

/**
 * A filter of rendered content: enqueues the script if the content holds an element.
 *
 * @param string $content Rendered content.
 * @return string The same content.
 */
function anct_widgets_scan( $content ) {
	if ( anct_widgets_uses( $content ) ) {
		anct_widgets_enqueue();
	}
	return $content;
}
foreach ( array( 'the_content', 'widget_text_content', 'widget_block_content' ) as $anct_widgets_filter ) {
	add_filter( $anct_widgets_filter, 'anct_widgets_scan', 99 );
}
unset( $anct_widgets_filter );
