<?php
/**
 * The block (block/block.json, rendered on the server by block/render.php): one element, chosen
 * with its département, commune, heading level, look and theme in the editor's inspector, where the
 * preview is the real element (block/editor.js loads the same script). The block saves the
 * element's content as plain HTML (written in the editor); the page shows it inside the element's
 * tag, as its fallback, until the script takes over. A block saved before that has none: its
 * element is empty until the script has run, as it was.
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
			// The content as plain HTML, which the block saves: written in the editor, never loaded on a public page.
			'html'     => plugins_url( 'dist/html.js', ANCT_WIDGETS_FILE ) . '?ver=' . rawurlencode( ANCT_WIDGETS_VERSION ),
			'feeds'    => plugins_url( 'dist/feeds/', ANCT_WIDGETS_FILE ),
			'elements' => $elements,
		);
		wp_add_inline_script( 'anct-widgets-editor', 'window.anctWidgetsEditeur = ' . wp_json_encode( $config ) . ';', 'before' );
		wp_set_script_translations( 'anct-widgets-editor', 'anct-widgets', ANCT_WIDGETS_DIR . 'languages' );
		register_block_type( ANCT_WIDGETS_DIR . 'block' );
	}
);

/**
 * The block's element, from its attributes, with the content the block saved inside (render.php's
 * work, here to be testable alone). That content is the post's: KSES judged it when it was saved.
 *
 * @param array<string, mixed> $attributes The block's attributes.
 * @param string               $content    The block's saved HTML: the element's content, or nothing.
 * @return string
 */
function anct_widgets_block_markup( $attributes, $content = '' ) {
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
		),
		trim( (string) $content )
	);
}
