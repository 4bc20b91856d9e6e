<?php
/**
 * The block (block/block.json, rendered on the server by block/render.php): one element, chosen
 * with its département, commune, heading level, look and theme in the editor's inspector, where the
 * preview is the real element (block/editor.js loads the same script).
 *
 * @package anct-widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action(
	'init',
	function () {
		wp_register_script(
			'anct-widgets-editor',
			plugins_url( 'block/editor.js', ANCT_WIDGETS_FILE ),
			array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-i18n' ),
			ANCT_WIDGETS_VERSION,
			true
		);
		$elements = array();
		foreach ( anct_widgets_elements() as $tag => $element ) {
			$elements[] = array(
				'tag'   => $tag,
				'titre' => $element['titre'],
			);
		}
		$config = array(
			'script'   => anct_widgets_script_url(),
			'feeds'    => plugins_url( 'dist/feeds/', ANCT_WIDGETS_FILE ),
			'elements' => $elements,
		);
		wp_add_inline_script( 'anct-widgets-editor', 'window.anctWidgetsEditeur = ' . wp_json_encode( $config ) . ';', 'before' );
		wp_set_script_translations( 'anct-widgets-editor', 'anct-widgets', ANCT_WIDGETS_DIR . 'languages' );
		register_block_type( ANCT_WIDGETS_DIR . 'block' );
	}
);

/**
 * The block's element, from its attributes (render.php's work, here to be testable alone).
 *
 * @param array<string, mixed> $attributes The block's attributes.
 * @return string
 */
function anct_widgets_block_markup( $attributes ) {
	$tag   = isset( $attributes['element'] ) ? (string) $attributes['element'] : '';
	$level = isset( $attributes['headingLevel'] ) ? (int) $attributes['headingLevel'] : 2;
	$look  = isset( $attributes['look'] ) ? (string) $attributes['look'] : 'auto';
	$theme = isset( $attributes['theme'] ) ? (string) $attributes['theme'] : 'auto';
	return anct_widgets_markup(
		$tag,
		array(
			'departement'   => $attributes['departement'] ?? '',
			'commune'       => $attributes['commune'] ?? '',
			'heading-level' => 2 === $level ? '' : $level,
			'look'          => 'auto' === $look ? '' : $look,
			'theme'         => 'auto' === $theme ? '' : $theme,
		)
	);
}
