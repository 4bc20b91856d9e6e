<?php
/**
 * The block on the page: the element, in the block's wrapper (alignment, classes), with the
 * content the block saved inside as its fallback (none for a block saved before it had one).
 *
 * @package anct-widgets
 * @var array<string, mixed> $attributes
 * @var string               $content
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

$anct_widgets_element = anct_widgets_block_markup( $attributes, isset( $content ) ? (string) $content : '' );
if ( '' !== $anct_widgets_element ) {
	echo '<div ' . get_block_wrapper_attributes() . '>' . $anct_widgets_element . '</div>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built of escaped parts.
}
