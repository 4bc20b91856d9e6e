<?php
/**
 * The `anct-*` tags and their documented attributes, allowed in post content for every role:
 * without this, KSES (authors, contributors, multisite administrators, sites with
 * DISALLOW_UNFILTERED_HTML) silently strips a pasted element. Scripts stay forbidden: the
 * plugin loads the script itself. KSES runs only for these users, when they save: there, `src`
 * and `feeds-base` are kept only when they lead to this site (origin.php).
 *
 * @package anct-widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Adds the elements to the tags allowed in posts.
 *
 * @param array<string, array<string, bool>> $tags    Allowed tags and their attributes.
 * @param string|array                       $context The KSES context.
 * @return array<string, array<string, bool>>
 */
function anct_widgets_kses( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	foreach ( anct_widgets_elements() as $tag => $element ) {
		$tags[ $tag ] = array_fill_keys( $element['attributs'], true ) + array(
			'class' => true,
			'id'    => true,
		);
		foreach ( ANCT_WIDGETS_ADRESSES as $nom ) {
			if ( isset( $tags[ $tag ][ $nom ] ) ) {
				$tags[ $tag ][ $nom ] = array( 'value_callback' => 'anct_widgets_meme_site' );
			}
		}
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'anct_widgets_kses', 10, 2 );
