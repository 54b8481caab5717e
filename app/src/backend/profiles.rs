//! The DynamoDB table that keeps each user's profile, keyed by the Cognito `sub`.
use aws_sdk_dynamodb::{
    Client,
    types::{AttributeDefinition, BillingMode, KeySchemaElement, KeyType, ScalarAttributeType},
};

use super::aws_error::app_error;
use crate::error::AppError;

#[derive(Clone, Debug)]
pub struct ProfileTable {
    client: Client,
    pub table: String,
}

impl ProfileTable {
    pub fn new(client: Client, table: String) -> Self {
        Self { client, table }
    }

    pub fn sdk(&self) -> &Client {
        &self.client
    }

    /// Creates the table unless it exists (local mode provisions it this way, through the SDK).
    pub async fn ensure_exists(&self) -> Result<(), AppError> {
        match self.client.describe_table().table_name(&self.table).send().await {
            Ok(_) => return Ok(()),
            Err(e)
                if e.as_service_error()
                    .is_some_and(|e| e.is_resource_not_found_exception()) => {}
            Err(e) => return Err(app_error("DescribeTable", e)),
        }
        let created = self
            .client
            .create_table()
            .table_name(&self.table)
            .billing_mode(BillingMode::PayPerRequest)
            .attribute_definitions(
                AttributeDefinition::builder()
                    .attribute_name("sub")
                    .attribute_type(ScalarAttributeType::S)
                    .build()
                    .map_err(|_| AppError::Internal)?,
            )
            .key_schema(
                KeySchemaElement::builder()
                    .attribute_name("sub")
                    .key_type(KeyType::Hash)
                    .build()
                    .map_err(|_| AppError::Internal)?,
            )
            .send()
            .await;
        match created {
            Ok(_) => {
                tracing::info!(table = %self.table, "created the profile table");
                Ok(())
            }
            // Another process created it between the two calls.
            Err(e) if e.as_service_error().is_some_and(|e| e.is_resource_in_use_exception()) => Ok(()),
            Err(e) => Err(app_error("CreateTable", e)),
        }
    }
}
