<?php
/**
 * The elements the plugin knows, read once from elements.json (written by the build from the
 * package's manifest): each with its tag, its title and its documented attributes. Also the
 * markup of one element from a set of attributes, shared by the shortcodes and the block.
 *
 * @package anct-widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * elements.json, decoded once: `elements` by tag (`titre`, `attributs`), and `alias`, short
 * shortcode names each for one tag (`anct-programmes` for `anct-programme-list`).
 *
 * @return array{elements: array<string, array{titre: string, attributs: string[]}>, alias: array<string, string>}
 */
function anct_widgets_data() {
	static $data = null;
	if ( null === $data ) {
		$json    = file_get_contents( ANCT_WIDGETS_DIR . 'elements.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin.
		$decoded = json_decode( (string) $json, true );
		$data    = array(
			'elements' => isset( $decoded['elements'] ) && is_array( $decoded['elements'] ) ? $decoded['elements'] : array(),
			'alias'    => isset( $decoded['alias'] ) && is_array( $decoded['alias'] ) ? $decoded['alias'] : array(),
		);
	}
	return $data;
}

/**
 * The elements, by tag.
 *
 * @return array<string, array{titre: string, attributs: string[]}>
 */
function anct_widgets_elements() {
	return anct_widgets_data()['elements'];
}

/**
 * An element's markup: only its documented attributes, escaped; others are dropped.
 *
 * @param string               $tag        One of the elements' tags.
 * @param array<string, mixed> $attributes Attribute name => value; empty values are left out.
 * @param string               $inner      HTML inside the tag, already safe: the element's fallback.
 * @return string The element, empty if the tag is not one of the plugin's.
 */
function anct_widgets_markup( $tag, $attributes, $inner = '' ) {
	$elements = anct_widgets_elements();
	if ( ! isset( $elements[ $tag ] ) ) {
		return '';
	}
	$html = '<' . $tag;
	foreach ( $elements[ $tag ]['attributs'] as $name ) {
		if ( isset( $attributes[ $name ] ) && '' !== (string) $attributes[ $name ] ) {
			$html .= ' ' . $name . '="' . esc_attr( (string) $attributes[ $name ] ) . '"';
		}
	}
	anct_widgets_enqueue();
	return $html . '>' . ( '' === $inner ? '' : "\n" . $inner . "\n" ) . '</' . $tag . '>';
}
