<?php
/**
 * One shortcode per element, named as its tag (`[anct-fibre-table departement="48"]`), and the
 * short names of elements.json (`[anct-programmes commune="48095"]`). Attributes are the
 * element's documented ones, written as on the tag (`heading-level="3"`); others are dropped.
 * KSES does not see a shortcode's attributes: `src` and `feeds-base` are judged when the post is
 * shown, by its author's right to publish arbitrary HTML, never the visitor's (origin.php).
 *
 * @package anct-widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action(
	'init',
	function () {
		$noms = array_combine( array_keys( anct_widgets_elements() ), array_keys( anct_widgets_elements() ) );
		foreach ( anct_widgets_data()['alias'] as $alias => $tag ) {
			$noms[ $alias ] = $tag;
		}
		foreach ( $noms as $nom => $tag ) {
			add_shortcode(
				$nom,
				function ( $atts ) use ( $tag ) {
					$post = get_post();
					$auteur = $post instanceof WP_Post ? (int) $post->post_author : 0;
					return anct_widgets_markup( $tag, anct_widgets_adresses_permises( is_array( $atts ) ? $atts : array(), $auteur ) );
				}
			);
		}
	}
);
